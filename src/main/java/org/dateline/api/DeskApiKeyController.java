package org.dateline.api;

import org.dateline.account.DeskUser;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins make and revoke API keys. A new key's token is shown once, on the page the creation
 * redirects to, and never again: only its hash is kept.
 */
@Controller
class DeskApiKeyController {

	private final ApiKeys keys;

	private final DatelineProperties properties;

	DeskApiKeyController(ApiKeys keys, DatelineProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	@GetMapping("/desk/api-keys")
	String list(Model model) {
		model.addAttribute("keys", keys.all());
		model.addAttribute("defaultLimit", properties.api().rateLimit());
		return "desk/api-keys/list";
	}

	@PostMapping("/desk/api-keys")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String rateLimit,
			@AuthenticationPrincipal DeskUser user, RedirectAttributes redirect) {
		try {
			ApiKeys.Created created = keys.create(name, rateLimit, user.toActor());
			redirect.addFlashAttribute("message", "Key \"" + name.strip() + "\" made. Copy its token now: "
					+ "it is not shown again.");
			redirect.addFlashAttribute("newToken", created.token());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("name", name);
			redirect.addFlashAttribute("rateLimit", rateLimit);
		}
		return "redirect:/desk/api-keys";
	}

	@PostMapping("/desk/api-keys/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		try {
			keys.revoke(id);
			redirect.addFlashAttribute("message", "Key revoked. Requests with it now get 401.");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/desk/api-keys";
	}

}
