/**
 * The readers' side of Dateline: the front page, story pages and the {@code templates/site/**}
 * views. Readers are anonymous and see only published stories.
 */
@ApplicationModule(allowedDependencies = { "shared", "article", "article::frontpage", "article::reader", "subject", "coverage",
		"cache", "media" })
package org.dateline.site;

import org.springframework.modulith.ApplicationModule;
