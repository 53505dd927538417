package org.dateline.shared;

/**
 * The desk user on whose behalf a command runs. Modules below the web layer take this instead of
 * reaching into the security context.
 */
public record Actor(long id, String username, Role role) {

	public boolean isEditor() {
		return role.includes(Role.EDITOR);
	}

}
