package org.dateline.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dateline.shared.Role;

/** A desk account: a reporter, an editor or an admin. */
@Entity
@Table(name = "app_user")
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 50)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@Version
	private long version;

	protected AppUser() {
	}

	AppUser(String username, String displayName, String email, Role role, String passwordHash,
			boolean mustChangePassword, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	void changePassword(String newHash, boolean mustChangeNext) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChangeNext;
	}

	void rename(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void signedIn(Instant at) {
		this.lastSignInAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastSignInAt() {
		return lastSignInAt;
	}

	public long getVersion() {
		return version;
	}

}
