package org.dateline.shared;

/**
 * The desk user on whose behalf a command runs. Modules below the web layer take this instead of
 * reaching into the security context. {@code displayName} is the name their bylines carry.
 */
public record Actor(long id, String username, Role role, String displayName) {

	/** An actor whose bylines would show their username. */
	public Actor(long id, String username, Role role) {
		this(id, username, role, username);
	}

	public boolean isEditor() {
		return role.includes(Role.EDITOR);
	}

	/** Refuses what only an editor (or an admin) may do, saying so in {@code refusal}. */
	public void requireEditor(String refusal) {
		if (!isEditor()) {
			throw new DomainException(refusal);
		}
	}

}
