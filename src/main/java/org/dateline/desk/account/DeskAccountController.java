package org.dateline.desk.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.dateline.account.AccountService;
import org.dateline.account.AppUser;
import org.dateline.account.DeskUser;
import org.dateline.account.PasswordPolicy;
import org.dateline.account.SignedInUsers;
import org.dateline.desk.CurrentUser;
import org.dateline.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every desk user's own account: password, display name and email. */
@Controller
class DeskAccountController {

	static final String ACCOUNT_VIEW = "desk/account/edit";

	static final String PASSWORD_VIEW = "desk/account/password";

	private final AccountService accounts;

	private final SignedInUsers signedInUsers;

	DeskAccountController(AccountService accounts, SignedInUsers signedInUsers) {
		this.accounts = accounts;
		this.signedInUsers = signedInUsers;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping("/desk/account")
	String showAccount(@CurrentUser DeskUser user, Model model) {
		AppUser account = accounts.get(user.id());
		ProfileForm form = new ProfileForm();
		form.setDisplayName(account.getDisplayName());
		form.setEmail(account.getEmail());
		model.addAttribute("profile", form);
		model.addAttribute("account", account);
		return ACCOUNT_VIEW;
	}

	@PostMapping("/desk/account")
	String updateProfile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult result,
			@CurrentUser DeskUser user, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("account", accounts.get(user.id()));
		if (result.hasErrors()) {
			return ACCOUNT_VIEW;
		}
		try {
			accounts.updateProfile(user.id(), form.getDisplayName(), form.getEmail());
		}
		catch (DomainException ex) {
			result.rejectValue("email", "taken", ex.getMessage());
			return ACCOUNT_VIEW;
		}
		signedInUsers.refresh(user.id(), request, response);
		redirect.addFlashAttribute("message", "Your details are saved.");
		return "redirect:/desk/account";
	}

	@GetMapping("/desk/account/password")
	String showPasswordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return PASSWORD_VIEW;
	}

	@PostMapping("/desk/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			@CurrentUser DeskUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "mismatch", "The two new passwords differ.");
		}
		if (result.hasErrors()) {
			return PASSWORD_VIEW;
		}
		try {
			jakarta.servlet.http.HttpSession session = request.getSession(false);
			accounts.changeOwnPassword(user.id(), form.getCurrentPassword(), form.getNewPassword(),
					session == null ? null : session.getId());
		}
		catch (DomainException ex) {
			String field = ex.getMessage().startsWith("The current password") ? "currentPassword" : "newPassword";
			result.rejectValue(field, "refused", ex.getMessage());
			return PASSWORD_VIEW;
		}
		signedInUsers.refresh(user.id(), request, response);
		redirect.addFlashAttribute("message", "Your password is changed.");
		return "redirect:/desk";
	}

}
