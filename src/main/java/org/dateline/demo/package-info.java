/**
 * The demo newsroom: sections, desk users, people, organizations, events and linked stories that
 * fill an empty database so a newcomer sees a living site at once. It uses every other module
 * through its public services, as the desk would; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "account", "article", "article::section", "subject", "media" })
package org.dateline.demo;

import org.springframework.modulith.ApplicationModule;
