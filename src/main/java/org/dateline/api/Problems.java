package org.dateline.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/** Problem JSON (RFC 9457) written by the API's filters, before any controller runs. */
final class Problems {

	static final String MEDIA_TYPE = "application/problem+json";

	private Problems() {
	}

	static void write(HttpServletResponse response, int status, String detail) throws IOException {
		HttpStatus known = HttpStatus.valueOf(status);
		String body = "{\"type\":\"about:blank\",\"title\":\"" + json(known.getReasonPhrase()) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MEDIA_TYPE);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
