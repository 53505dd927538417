package org.dateline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Refreshes the signed-in user held in the session after their own account changed. */
@Component
public class SignedInUsers {

	private final AccountService accounts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SignedInUsers(AccountService accounts) {
		this.accounts = accounts;
	}

	public void refresh(long userId, HttpServletRequest request, HttpServletResponse response) {
		DeskUser user = accounts.reload(userId);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
