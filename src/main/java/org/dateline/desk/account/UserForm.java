package org.dateline.desk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.dateline.account.AccountService.NewUser;
import org.dateline.shared.Role;

/** An admin creating a desk account: a username and role, plus the name and email every account has. */
class UserForm extends ProfileForm {

	@NotBlank(message = "Choose a username.")
	@Pattern(regexp = "^$|[a-zA-Z0-9][a-zA-Z0-9._-]{1,49}",
			message = "A username is 2 to 50 letters, digits, dots, hyphens or underscores.")
	private String username;



	@NotNull(message = "Choose a role.")
	private Role role = Role.REPORTER;

	NewUser toCommand() {
		return new NewUser(username, getDisplayName(), getEmail(), role);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
