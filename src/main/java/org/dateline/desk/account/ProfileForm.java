package org.dateline.desk.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A display name and an email: changing one's own, and part of every new account. */
class ProfileForm {

	@NotBlank(message = "Enter the name shown on bylines.")
	@Size(max = 100, message = "Keep the name to {max} characters or fewer.")
	private String displayName;

	@Email(message = "That does not look like an email address.")
	@Size(max = 254, message = "That email address is too long.")
	private String email;

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

}
