package org.dateline.shared;

/**
 * Text as XML 1.0 can carry it. Word and some keyboards put characters such as vertical tab
 * ({@code \x0b}) into pasted text; PostgreSQL refuses NUL, and an Atom feed or sitemap with any of
 * them is not well-formed. Tab, line feed and carriage return stay; other C0 controls, lone
 * surrogates and the non-characters U+FFFE and U+FFFF go.
 */
public final class PlainText {

	private PlainText() {
	}

	/** {@code text} without the characters XML 1.0 forbids; {@code null} stays {@code null}. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int n = text.length();
		int i = 0;
		while (i < n && allowed(text, i)) {
			i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
		}
		if (i >= n) {
			return text;
		}
		StringBuilder out = new StringBuilder(n);
		out.append(text, 0, i);
		while (i < n) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				out.append(c).append(text.charAt(i + 1));
				i += 2;
				continue;
			}
			if (allowed(text, i)) {
				out.append(c);
			}
			i++;
		}
		return out.toString();
	}

	/** Whether the character at {@code i} (with its low surrogate, if it is a high one) may stay. */
	private static boolean allowed(String text, int i) {
		char c = text.charAt(i);
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return false;
		}
		return c != '\uFFFE' && c != '\uFFFF';
	}

}
