package org.dateline.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.shared.PlainText;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the JSON-LD {@link StructuredData} builds: every string cleaned of the characters XML
 * forbids, and the text safe to place inside a {@code <script>} element.
 */
final class JsonLd {

	private final ObjectMapper json;

	JsonLd(ObjectMapper json) {
		this.json = json;
	}

	String write(Map<String, Object> data) {
		return safe(json.writeValueAsString(cleaned(data)));
	}

	/** The data with the characters XML forbids taken out of every string (stories saved before input was cleaned). */
	static Object cleaned(Object value) {
		if (value instanceof String text) {
			return PlainText.clean(text);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, cleaned(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(JsonLd::cleaned).toList();
		}
		return value;
	}

	/** Keeps a {@code </script>} inside a string from closing the element. */
	static String safe(String jsonText) {
		return jsonText.replace("</", "<\\/").replace("<!--", "\\u003c!--");
	}

}
