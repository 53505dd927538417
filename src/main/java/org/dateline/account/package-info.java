/**
 * Desk users, the password policy, Spring Security's configuration, sign-in throttling and the
 * audit log. It hears about story moves through {@code shared.AuditableEvent}, so it needs no
 * other module.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.dateline.account;

import org.springframework.modulith.ApplicationModule;
