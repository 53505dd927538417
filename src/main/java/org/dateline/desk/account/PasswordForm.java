package org.dateline.desk.account;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password. */
class PasswordForm {

	@NotBlank(message = "Enter your current password.")
	private String currentPassword;

	@NotBlank(message = "Choose a new password.")
	private String newPassword;

	@NotBlank(message = "Type the new password again.")
	private String confirmPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
