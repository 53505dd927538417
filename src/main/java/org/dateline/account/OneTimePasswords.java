package org.dateline.account;

import java.security.SecureRandom;

/**
 * The passwords an admin hands over for a new account or a forgotten password, and the first-run
 * admin's when none is configured: sixteen characters in groups of four, from an alphabet without
 * look-alikes (no 0/O, 1/l/I), so they survive being read out or copied by hand.
 */
final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String generate() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				sb.append('-');
			}
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
