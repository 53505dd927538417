package org.dateline.api;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins subscribe URLs to events, see each endpoint's delivery log, send a delivery again, and
 * switch endpoints off and on. A new endpoint's signing secret is shown once.
 */
@Controller
class DeskWebhookController {

	static final int LOG_SIZE = 100;

	private final WebhookEndpoints endpoints;

	DeskWebhookController(WebhookEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@ModelAttribute("eventTypes")
	List<WebhookEventType> eventTypes() {
		return WebhookEndpoints.types();
	}

	@GetMapping("/desk/webhooks")
	String list(Model model) {
		model.addAttribute("endpoints", endpoints.all());
		return "desk/webhooks/list";
	}

	@PostMapping("/desk/webhooks")
	String create(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String description,
			@RequestParam(name = "events", required = false) List<String> events, @AuthenticationPrincipal DeskUser user,
			RedirectAttributes redirect) {
		try {
			WebhookEndpoints.Created created = endpoints.create(url, description, events, user.toActor());
			redirect.addFlashAttribute("message", "Endpoint added. Copy its signing secret now: it is not shown again.");
			redirect.addFlashAttribute("newSecret", created.secret());
			return "redirect:/desk/webhooks/" + created.id();
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("url", url);
			redirect.addFlashAttribute("description", description);
			redirect.addFlashAttribute("chosen", events == null ? List.of() : events);
			return "redirect:/desk/webhooks";
		}
	}

	@GetMapping("/desk/webhooks/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("endpoint", endpoints.get(id));
		model.addAttribute("deliveries", endpoints.deliveries(id, LOG_SIZE));
		return "desk/webhooks/show";
	}

	@PostMapping("/desk/webhooks/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		endpoints.enable(id);
		redirect.addFlashAttribute("message", "Endpoint switched on. Waiting deliveries go out now.");
		return "redirect:/desk/webhooks/" + id;
	}

	@PostMapping("/desk/webhooks/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		endpoints.disable(id, null);
		redirect.addFlashAttribute("message", "Endpoint switched off. Nothing is sent to it until it is switched on.");
		return "redirect:/desk/webhooks/" + id;
	}

	@PostMapping("/desk/webhooks/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		endpoints.delete(id);
		redirect.addFlashAttribute("message", "Endpoint deleted, with its delivery log.");
		return "redirect:/desk/webhooks";
	}

	@PostMapping("/desk/webhooks/{id}/deliveries/{deliveryId}/send-again")
	String sendAgain(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
		try {
			endpoints.sendAgain(id, deliveryId);
			redirect.addFlashAttribute("message", "Delivery queued again.");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/desk/webhooks/" + id;
	}

}
