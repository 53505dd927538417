package org.dateline.account;

import java.io.Serial;
import java.util.Collection;

import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in desk user as Spring Security holds them in the session. A role includes the
 * ones below it, so an admin also has {@code ROLE_EDITOR} and {@code ROLE_REPORTER}.
 */
public final class DeskUser implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private transient String password;

	DeskUser(AppUser user) {
		this.id = user.getId();
		this.username = user.getUsername();
		this.displayName = user.getDisplayName();
		this.role = user.getRole();
		this.enabled = user.isEnabled();
		this.mustChangePassword = user.isMustChangePassword();
		this.password = user.getPasswordHash();
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public Actor toActor() {
		return new Actor(id, username, role, displayName);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return java.util.Arrays.stream(Role.values())
			.filter(role::includes)
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DeskUser other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "DeskUser[" + username + ", " + role + "]";
	}


}
