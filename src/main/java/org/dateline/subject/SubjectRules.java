package org.dateline.subject;

import java.time.Clock;
import java.util.Optional;

/**
 * What a subject needs from outside itself while it applies a save command: the time, and the
 * organizations on record (to check an organization's parent). The service passes one backed by
 * the repository; plain tests pass their own.
 */
interface SubjectRules {

	Clock clock();

	/** The organization with this id, or empty when there is none (or it is not an organization). */
	Optional<Organization> organization(long id);

}
