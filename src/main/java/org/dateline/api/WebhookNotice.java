package org.dateline.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells admins on every desk page when a webhook endpoint was switched off for failing, so that a
 * partner who stopped receiving events does not go unnoticed.
 */
@ControllerAdvice(basePackages = { "org.dateline.desk", "org.dateline.api" })
class WebhookNotice {

	private final WebhookEndpoints endpoints;

	WebhookNotice(WebhookEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@ModelAttribute("failingWebhooks")
	Long failingWebhooks(HttpServletRequest request) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/desk") || who == null
				|| who.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			return null;
		}
		long count = endpoints.disabledForFailing();
		return count == 0 ? null : count;
	}

}
