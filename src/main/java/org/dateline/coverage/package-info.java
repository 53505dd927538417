/**
 * The read side over stories (and, later, subjects): full-text search now; expanded coverage and
 * subject timelines as the knowledge graph lands. Queries here are written for the pages that
 * need them and run on PostgreSQL's own indexes.
 */
package org.dateline.coverage;
