/**
 * The read side over stories and subjects: full-text search, the subjects a story links to,
 * expanded coverage (related stories ranked by shared subjects), and the subject pages with their
 * coverage timelines. Queries here are written for the pages that need them and run on
 * PostgreSQL's own indexes; see {@code docs/coverage.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "article", "article::reader", "subject" })
package org.dateline.coverage;

import org.springframework.modulith.ApplicationModule;
