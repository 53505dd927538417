package org.dateline.desk;

import org.dateline.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a desk action for Post/Redirect/Get: its success message, or the rule it broke, goes to the
 * next page as a flash message. A refused action changes nothing, so the page just says why.
 */
public final class Outcome {

	private Outcome() {
	}

	public static void flash(RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
	}

}
