/**
 * The readers' side of Dateline: the front page, story pages and the {@code templates/site/**}
 * views. Readers are anonymous and see only published stories. Other modules may use only the
 * {@code story-page} interface ({@code StoryPageModel}), with which the desk's preview fills its
 * page as the story page does.
 */
@ApplicationModule(allowedDependencies = { "shared", "article", "article::frontpage", "article::reader", "subject", "coverage",
		"cache", "media" })
package org.dateline.site;

import org.springframework.modulith.ApplicationModule;
