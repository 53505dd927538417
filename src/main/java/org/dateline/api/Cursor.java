package org.dateline.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a list ends, handed to the client as an opaque string. For stories it is the
 * last story's sort time (in microseconds, as PostgreSQL stores it) and id, so that the next page
 * starts strictly after it (keyset pagination): stories published meanwhile never shift a page,
 * and none is skipped or repeated. {@code scope} ties the cursor to the list's order and filters.
 */
record Cursor(String scope, long micros, long id) {

	private static final Pattern FORM = Pattern.compile("1\\|([A-Za-z0-9_.:-]{1,200})\\|(-?\\d{1,19})\\|(\\d{1,19})");

	static Cursor after(String scope, Instant at, long id) {
		long micros = at == null ? 0 : Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
				at.getNano() / 1_000);
		return new Cursor(scope, micros, id);
	}

	Instant instant() {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

	String encode() {
		String raw = "1|" + scope + "|" + micros + "|" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor made by {@link #encode()} for the same scope, or refuses it with a 400. */
	static Cursor decode(String value, String expectedScope) {
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badRequest("The cursor is not one this API made; use the 'next' link of a previous page.");
		}
		Matcher m = FORM.matcher(raw);
		if (!m.matches()) {
			throw ApiProblem.badRequest("The cursor is not one this API made; use the 'next' link of a previous page.");
		}
		if (!m.group(1).equals(expectedScope)) {
			throw ApiProblem.badRequest("The cursor belongs to a list with another order or other filters; "
					+ "keep the parameters of the page it came from.");
		}
		try {
			return new Cursor(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
		}
		catch (NumberFormatException e) {
			throw ApiProblem.badRequest("The cursor is not one this API made; use the 'next' link of a previous page.");
		}
	}

}
