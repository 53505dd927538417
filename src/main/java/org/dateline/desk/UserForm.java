package org.dateline.desk;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dateline.account.AccountService.NewUser;
import org.dateline.shared.Role;

/** An admin creating a desk account. */
class UserForm {

	@NotBlank(message = "Choose a username.")
	@Pattern(regexp = "^$|[a-zA-Z0-9][a-zA-Z0-9._-]{1,49}",
			message = "A username is 2 to 50 letters, digits, dots, hyphens or underscores.")
	private String username;

	@NotBlank(message = "Enter the name shown on bylines.")
	@Size(max = 100, message = "Keep the name to {max} characters or fewer.")
	private String displayName;

	@Email(message = "That does not look like an email address.")
	@Size(max = 254, message = "That email address is too long.")
	private String email;

	@NotNull(message = "Choose a role.")
	private Role role = Role.REPORTER;

	NewUser toCommand() {
		return new NewUser(username, displayName, email, role);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
