package org.dateline.account;

/** {@code DATELINE_ADMIN_PASSWORD} breaks the password policy, so no first admin can be made. */
public class AdminPasswordRejectedException extends RuntimeException {

	AdminPasswordRejectedException(String problem) {
		super("DATELINE_ADMIN_PASSWORD is not accepted: " + problem);
	}

}
