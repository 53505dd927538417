package org.dateline.subject;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized form of a name, the key that aliases are unique on and that the gazetteer
 * matches: accents folded ("Ibáñez" to "ibanez"), case folded, possessive endings dropped, and
 * every run of punctuation, hyphens, invisible formatting characters (zero-width joiners,
 * direction marks) and spaces turned into one space. "Al-Thani", "al Thani" and "AL THANI'S"
 * all become "al thani".
 */
public final class SubjectNames {

	private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");

	private static final Pattern POSSESSIVE = Pattern.compile("['’]s?(?=\\s|$)");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SubjectNames() {
	}

	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("æ", "ae")
			.replace("đ", "d")
			.replace("ı", "i");
		folded = POSSESSIVE.matcher(folded).replaceAll("");
		return SEPARATORS.matcher(folded).replaceAll(" ").strip();
	}

}
