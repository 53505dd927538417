package org.dateline.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.shared.DatelineProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tags the current response with the cache keys of what it shows. Call {@link #add} while the
 * response is built (controllers, once they have their read model); each call adds to the keys
 * recorded for the request and rewrites the tag header ({@code Surrogate-Key}, space-separated,
 * or {@code Cache-Tag}, comma-separated: {@code dateline.cache.tag-header}). The in-app page
 * cache evicts a page, and the proxy is sent a purge, when any of its keys is invalidated.
 * Outside a request it does nothing.
 */
@Component
public class ResponseKeys {

	static final String ATTRIBUTE = ResponseKeys.class.getName() + ".keys";

	private final String header;

	ResponseKeys(DatelineProperties properties) {
		this.header = properties.cache().tagHeader();
	}

	/** The header the keys go in. */
	public String header() {
		return header;
	}

	public void add(String... keys) {
		add(List.of(keys));
	}

	public void add(Collection<String> keys) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		Set<String> recorded = recorded(attributes.getRequest(), true);
		recorded.addAll(keys);
		HttpServletResponse response = attributes.getResponse();
		if (response != null && !response.isCommitted()) {
			response.setHeader(header, headerValue(recorded));
		}
	}

	/** The keys recorded for {@code request} so far (empty if none). */
	public static Set<String> recorded(HttpServletRequest request) {
		return Set.copyOf(recorded(request, false));
	}

	/** The header's value for {@code keys}: Cloudflare's Cache-Tag is comma-separated, the others space-separated. */
	public String headerValue(Collection<String> keys) {
		return String.join("cache-tag".equalsIgnoreCase(header) ? "," : " ", keys);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> recorded(HttpServletRequest request, boolean create) {
		Object value = request.getAttribute(ATTRIBUTE);
		if (value == null) {
			if (!create) {
				return Set.of();
			}
			Set<String> keys = new LinkedHashSet<>();
			request.setAttribute(ATTRIBUTE, keys);
			return keys;
		}
		return (Set<String>) value;
	}

}
