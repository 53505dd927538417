package org.dateline.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, not one of the
 * passwords attackers try first, not the username, and not one character or an obvious run such
 * as {@code 123456789012}. Long passphrases of ordinary words are welcome.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final String SEQUENCES = "0123456789012345678901234567890 abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("/account/common-passwords.txt");
	}

	/** Why {@code password} is refused for {@code username}, or empty when it is fine. */
	public Optional<String> problemWith(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a good password.");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || common.contains(stripTrailingDigits(lower))) {
			return Optional.of("That password is on the lists attackers try first. Choose another.");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("The password must not contain the username.");
		}
		if (lower.chars().distinct().count() < 4 || SEQUENCES.contains(lower)) {
			return Optional.of("That password is too easy to guess: it repeats or runs through the keyboard.");
		}
		return Optional.empty();
	}

	private static String stripTrailingDigits(String s) {
		int end = s.length();
		while (end > 0 && Character.isDigit(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
