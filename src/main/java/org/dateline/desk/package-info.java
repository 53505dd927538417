/**
 * The newsroom's side of Dateline, under {@code /desk}: controllers, form objects and the
 * {@code templates/desk/**} views. Thin: each handler binds a form, turns it into a command for
 * a service in another module, and redirects. The base package holds what every desk page
 * shares (the signed-in user, flash outcomes, the dashboard and sign-in); the pages live in the
 * {@code article}, {@code subject}, {@code media} and {@code account} sub-packages. Nothing depends
 * on the desk, so none of it is open to other modules. The story preview fills its page with the
 * reader site's {@code StoryPageModel} (the site module's {@code story-page} interface), so that
 * it shows what readers will get.
 */
@ApplicationModule(allowedDependencies = { "shared", "account", "article", "article::section", "article::frontpage", "subject",
		"coverage", "suggest", "media", "site::story-page" })
package org.dateline.desk;

import org.springframework.modulith.ApplicationModule;
