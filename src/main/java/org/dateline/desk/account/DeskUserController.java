package org.dateline.desk.account;

import java.util.List;

import jakarta.validation.Valid;

import org.dateline.account.AccountService;
import org.dateline.account.AccountService.CreatedUser;
import org.dateline.account.DeskUser;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage desk accounts. Security allows only admins here. */
@Controller
class DeskUserController {

	static final String LIST_VIEW = "desk/users/list";

	static final String NEW_VIEW = "desk/users/new";

	private final AccountService accounts;

	DeskUserController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return List.of(Role.values());
	}

	@GetMapping("/desk/users")
	String list(Model model) {
		model.addAttribute("users", accounts.all());
		return LIST_VIEW;
	}

	@GetMapping("/desk/users/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", new UserForm());
		return NEW_VIEW;
	}

	@PostMapping("/desk/users")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, @CurrentUser DeskUser admin,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return NEW_VIEW;
		}
		try {
			CreatedUser created = accounts.create(form.toCommand(), admin.toActor());
			redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			redirect.addFlashAttribute("oneTimeUser", created.user().getUsername());
			redirect.addFlashAttribute("message", "Account created for " + created.user().getDisplayName() + ".");
			return "redirect:/desk/users";
		}
		catch (DomainException ex) {
			String field = ex.getMessage().contains("email") ? "email" : "username";
			result.rejectValue(field, "refused", ex.getMessage());
			return NEW_VIEW;
		}
	}

	@PostMapping("/desk/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @CurrentUser DeskUser admin,
			RedirectAttributes redirect) {
		return act(redirect, "Role changed.", () -> accounts.changeRole(id, role, admin.toActor()));
	}

	@PostMapping("/desk/users/{id}/enable")
	String enable(@PathVariable long id, @CurrentUser DeskUser admin, RedirectAttributes redirect) {
		return act(redirect, "Account enabled.", () -> accounts.setEnabled(id, true, admin.toActor()));
	}

	@PostMapping("/desk/users/{id}/disable")
	String disable(@PathVariable long id, @CurrentUser DeskUser admin, RedirectAttributes redirect) {
		return act(redirect, "Account disabled. Its sessions end at their next request.",
				() -> accounts.setEnabled(id, false, admin.toActor()));
	}

	@PostMapping("/desk/users/{id}/reset-password")
	String resetPassword(@PathVariable long id, @CurrentUser DeskUser admin, RedirectAttributes redirect) {
		String oneTime = accounts.resetPassword(id, admin.toActor());
		redirect.addFlashAttribute("oneTimePassword", oneTime);
		redirect.addFlashAttribute("oneTimeUser", accounts.get(id).getUsername());
		redirect.addFlashAttribute("message", "Password reset.");
		return "redirect:/desk/users";
	}

	private String act(RedirectAttributes redirect, String success, Runnable action) {
		Outcome.flash(redirect, success, action);
		return "redirect:/desk/users";
	}

}
