package org.dateline.shared;

/**
 * User input as it may go into a log line: line breaks and other control characters are written
 * as escapes, so that a username or a note with a newline in it cannot forge a second log line.
 */
public final class LogText {

	private LogText() {
	}

	public static String safe(Object value) {
		if (value == null) {
			return "null";
		}
		String text = value.toString();
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = switch (c) {
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				case '\t' -> "\\t";
				default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
						? String.format("\\u%04x", (int) c) : null;
			};
			if (escape != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				out.append(escape != null ? escape : String.valueOf(c));
			}
		}
		return out == null ? text : out.toString();
	}

}
