/**
 * The newsroom's side of Dateline, under {@code /desk}: controllers, form objects and the
 * {@code templates/desk/**} views. Thin: each handler binds a form, turns it into a command for
 * a service in another module, and redirects.
 */
@ApplicationModule(allowedDependencies = { "shared", "account", "article", "subject", "coverage", "suggest", "media" })
package org.dateline.desk;

import org.springframework.modulith.ApplicationModule;
