/**
 * What every module may use: the {@code dateline.*} settings, the clock, slugs, typed
 * not-found exceptions, the embedded database for local runs, and the error pages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.dateline.shared;

import org.springframework.modulith.ApplicationModule;
