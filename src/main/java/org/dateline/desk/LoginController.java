package org.dateline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dateline.account.SignInThrottledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the POST. */
@Controller
class LoginController {

	static final String BAD_CREDENTIALS = "That username and password do not match an account.";

	@GetMapping("/login")
	String showLoginForm(HttpServletRequest request, HttpSession session, Model model) {
		if (request.getParameterMap().containsKey("error")) {
			Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String message = BAD_CREDENTIALS;
			if (last instanceof SignInThrottledException ex) {
				message = ex.getMessage();
			}
			model.addAttribute("loginError", message);
		}
		return "desk/login";
	}

}
