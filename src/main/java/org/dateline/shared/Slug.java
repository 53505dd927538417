package org.dateline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL-safe name of a story, section or subject: lower-case ASCII letters and digits in
 * words joined by single hyphens, at most {@value #MAX_LENGTH} characters.
 */
public record Slug(String value) {

	public static final int MAX_LENGTH = 80;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	public Slug {
		if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("A slug uses lower-case letters, digits and single hyphens, at most "
					+ MAX_LENGTH + " characters: '" + value + "'");
		}
	}

	/** Whether {@code text} is already a valid slug. */
	public static boolean isValid(String text) {
		return text != null && text.length() <= MAX_LENGTH && VALID.matcher(text).matches();
	}

	/**
	 * Makes a slug from free text such as a headline: accents are dropped, everything else that
	 * is not a letter or digit becomes a hyphen, and the result is cut at a word boundary.
	 * Text with no letters or digits at all gives {@code fallback}.
	 */
	public static Slug from(String text, String fallback) {
		String ascii = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD))
			.replaceAll("")
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("ł", "l")
			.toLowerCase(Locale.ROOT);
		String slug = trimHyphens(SEPARATORS.matcher(ascii).replaceAll("-"));
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
		}
		return new Slug(slug.isEmpty() ? fallback : slug);
	}

	/** A variant for when this slug is taken: {@code rome-talks} gives {@code rome-talks-2}. */
	public Slug withSuffix(int n) {
		String suffix = "-" + n;
		String base = value.length() + suffix.length() > MAX_LENGTH
				? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length())) : value;
		return new Slug(base + suffix);
	}

	private static String trimHyphens(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && s.charAt(start) == '-') {
			start++;
		}
		while (end > start && s.charAt(end - 1) == '-') {
			end--;
		}
		return s.substring(start, end);
	}

	@Override
	public String toString() {
		return value;
	}

}
