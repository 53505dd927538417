/**
 * The knowledge graph: people, organizations and events as first-class records, with their
 * aliases, a person's affiliations, an event's participants and the events it follows up on.
 * Stories link to subjects by id (the article module's mentions); this module knows nothing of
 * stories.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.dateline.subject;

import org.springframework.modulith.ApplicationModule;
