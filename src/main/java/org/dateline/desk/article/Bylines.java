package org.dateline.desk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dateline.account.AccountService;
import org.dateline.account.AppUser;
import org.dateline.article.Byline;
import org.springframework.stereotype.Component;

/**
 * Bylines as the story form shows them: one per line, {@code @username} for a desk user and any
 * other text (such as a wire service) printed as written.
 */
@Component
class Bylines {

	static final int MAX = 10;

	private final AccountService accounts;

	Bylines(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The bylines typed in the form, or the reason they cannot be used. */
	record Parsed(List<Byline> bylines, Optional<String> problem) {
	}

	Parsed parse(String text) {
		List<Byline> result = new ArrayList<>();
		if (text == null) {
			return new Parsed(result, Optional.of("Add at least one byline."));
		}
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("@")) {
				Optional<AppUser> user = accounts.findByUsername(line.substring(1));
				if (user.isEmpty()) {
					return new Parsed(result, Optional.of("There is no desk user '" + line.substring(1)
							+ "'. Write @username for a colleague, or the name without @ for anyone else."));
				}
				result.add(Byline.ofUser(user.get().getId(), user.get().getDisplayName()));
			}
			else if (line.length() > Byline.NAME_MAX) {
				return new Parsed(result, Optional.of("A byline is at most " + Byline.NAME_MAX + " characters."));
			}
			else {
				result.add(Byline.ofName(line));
			}
		}
		if (result.isEmpty()) {
			return new Parsed(result, Optional.of("Add at least one byline."));
		}
		if (result.size() > MAX) {
			return new Parsed(result, Optional.of("A story carries at most " + MAX + " bylines."));
		}
		return new Parsed(result, Optional.empty());
	}

	String format(List<Byline> bylines) {
		Map<Long, String> usernames = bylines.stream().anyMatch(Byline::isDeskUser) ? accounts.usernames() : Map.of();
		return bylines.stream()
			.map(b -> b.isDeskUser() && usernames.containsKey(b.getUserId()) ? "@" + usernames.get(b.getUserId())
					: b.getName())
			.collect(Collectors.joining("\n"));
	}

}
