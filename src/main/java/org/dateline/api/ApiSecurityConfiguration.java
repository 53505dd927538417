package org.dateline.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The content API's own filter chain for {@code /api/**}: stateless (no session is read or made),
 * no CSRF token (clients authenticate with a key in the {@code Authorization} header, which a
 * browser never adds by itself), and every request but the OpenAPI document and its docs page
 * needs a live key. A missing or unknown key gets 401, a key past its rate limit 429 with
 * {@code Retry-After}, both as problem JSON. Runs before the desk's chain, which matches anything.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String CLIENT_ROLE = "API_CLIENT";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeys keys, ApiRateLimiter limiter)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, ApiDocumentation.DOCUMENT_PATH, ApiDocumentation.DOCUMENT_PATH + ".yaml",
						ApiDocumentation.DOCUMENT_PATH + "/**",
						ApiDocumentation.DOCS_PAGE, ApiDocumentation.DOCS_PAGE + "/**", ApiDocumentation.DOCS_ASSETS + "/**")
				.permitAll()
				.anyRequest().hasRole(CLIENT_ROLE))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> unauthorized(response))
				.accessDeniedHandler((request, response, e) -> Problems.write(response, 403,
						"This key may not do that.")))
			.addFilterBefore(new ApiKeyFilter(keys, limiter), AuthorizationFilter.class);
		return http.build();
	}

	static void unauthorized(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dateline\"");
		Problems.write(response, 401, "Send a live API key as 'Authorization: Bearer <key>'. "
				+ "Admins make keys at /desk/api-keys.");
	}

	/** The API client a request authenticated as. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final ApiKeys.Valid key;

		ApiKeyAuthentication(ApiKeys.Valid key) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + CLIENT_ROLE)));
			this.key = key;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return "api-key:" + key.id();
		}

	}

	/** Reads the key, refuses an unknown one, and counts the request against the key's limit. */
	static final class ApiKeyFilter extends OncePerRequestFilter {

		private final ApiKeys keys;

		private final ApiRateLimiter limiter;

		ApiKeyFilter(ApiKeys keys, ApiRateLimiter limiter) {
			this.keys = keys;
			this.limiter = limiter;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return ApiDocumentation.isOpen(path);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
					: null;
			ApiKeys.Valid key = keys.authenticate(token).orElse(null);
			if (key == null) {
				unauthorized(response);
				return;
			}
			ApiRateLimiter.Decision decision = limiter.consume(key);
			if (!decision.allowed()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
				response.setHeader("RateLimit-Remaining", "0");
				Problems.write(response, 429, "This key has made more requests this minute than it may. "
						+ "Try again in " + decision.retryAfterSeconds() + " s.");
				return;
			}
			response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
			SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key));
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
