package org.dateline.shared;

/**
 * What a desk user may do. Each role can do everything the one before it can.
 * <ul>
 * <li>{@link #REPORTER}: writes and edits their own drafts, submits them for review.</li>
 * <li>{@link #EDITOR}: edits any story and makes every workflow move; manages subjects and
 * sections.</li>
 * <li>{@link #ADMIN}: everything an editor does, plus accounts and the audit log.</li>
 * </ul>
 */
public enum Role {

	REPORTER("Reporter"), EDITOR("Editor"), ADMIN("Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	/** The Spring Security authority for this role, such as {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
