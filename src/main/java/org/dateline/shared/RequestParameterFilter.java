package org.dateline.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the characters XML forbids (NUL, vertical tab and the other C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) out of every request parameter, names and values, before anything reads them:
 * the sign-in form, search, and every desk form. PostgreSQL refuses NUL (a 500 in about twenty
 * places), and a vertical tab pasted into a headline made the Atom feed a 500. Runs before Spring
 * Security, so that the sign-in throttle and the account lookup see the same name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestParameterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		private Map<String, String[]> parameters() {
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = PlainText.clean(values[i]);
					}
					cleaned.merge(PlainText.clean(name), copy, (a, b) -> {
						String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
						System.arraycopy(b, 0, both, a.length, b.length);
						return both;
					});
				});
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

	}

}
