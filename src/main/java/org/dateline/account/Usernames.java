package org.dateline.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dateline.shared.DomainException;

/**
 * The one way a typed username becomes the name the account lookup, the sign-in throttle and the
 * audit log use: NFKC (full-width letters become ASCII), every Unicode space and invisible
 * character (zero-width spaces, joiners, direction marks, soft hyphens) taken out, lower case.
 * When the throttle and the lookup disagreed, "name" followed by an ideographic space signed in
 * as "name" but had its failures counted under another name, and was never throttled.
 */
final class Usernames {

	/** The longest name the audit log keeps (and longer than any real username). */
	static final int MAX = 50;

	private static final Pattern NEW_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

	private Usernames() {
	}

	/** The name a new account gets from what an admin typed: stripped, lower case, and of the allowed letters. */
	static String requireValid(String typed) {
		String name = typed.strip().toLowerCase(Locale.ROOT);
		if (!NEW_NAME.matcher(name).matches()) {
			throw new DomainException("A username is 2 to 50 lower-case letters, digits, dots, hyphens or underscores.");
		}
		return name;
	}

	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX + 1));
		for (int i = 0; i < text.length() && out.length() <= MAX;) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) {
				continue;
			}
			out.appendCodePoint(c);
		}
		String name = out.toString().toLowerCase(Locale.ROOT);
		return name.length() > MAX ? name.substring(0, MAX) : name;
	}

}
