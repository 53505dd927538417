package org.dateline.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.shared.SecurityHeaders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Every desk path needs a signed-in user with at least the reporter role;
 * subjects, sections and the editor-only workflow moves need an editor; accounts and the audit
 * log need an admin. The domain checks the same rules again (a reporter may edit only their own
 * drafts), so a route that slipped through here would still be refused. See
 * {@code docs/security.md}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PASSWORD_PAGE = "/desk/account/password";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, DeskUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events)
			throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		// The only way in: the throttle first, then the password. No parent manager to fall back on.
		ProviderManager signIn = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		DefaultAuthenticationEventPublisher signInEvents = new DefaultAuthenticationEventPublisher(events);
		signInEvents.setAdditionalExceptionMappings(
				Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
		signInEvents.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		signIn.setAuthenticationEventPublisher(signInEvents);

		http.authenticationManager(signIn)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/desk/users/**", "/desk/audit/**", "/desk/api-keys/**", "/desk/webhooks/**").hasRole("ADMIN")
				.requestMatchers("/desk/sections/**", "/desk/people/**", "/desk/organizations/**",
						"/desk/events/**", "/desk/front-page/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/desk/subjects").hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/desk/media/*/delete").hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/desk/articles/*/return", "/desk/articles/*/publish",
						"/desk/articles/*/schedule", "/desk/articles/*/unpublish", "/desk/articles/*/corrections")
				.hasRole("EDITOR")
				.requestMatchers("/desk", "/desk/**").hasRole("REPORTER")
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.requestCache(cache -> cache.requestCache(requestCache()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/desk", false).failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/** Remembers the page that needed a sign-in, without adding {@code ?continue} to URLs. */
	private static HttpSessionRequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/**
	 * Sends a user whose password must be changed (a one-time password from an admin) to the
	 * password page before anything else on the desk.
	 */
	static final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (authentication != null && authentication.getPrincipal() instanceof DeskUser user
					&& user.mustChangePassword() && path.startsWith("/desk") && !path.equals(PASSWORD_PAGE)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
