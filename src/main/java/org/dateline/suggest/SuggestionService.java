package org.dateline.suggest;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.HtmlSanitizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the desk asks for: the suggestions for a story's text (HTML or plain), without the ones
 * rejected for that story, and remembering a rejection.
 */
@Service
public class SuggestionService {

	/** The most text one request may ask about: 1 MB, as for a story's body. */
	public static final int MAX_TEXT = 1_000_000;

	private final SubjectGazetteer gazetteer;

	private final JdbcClient jdbc;

	private final Clock clock;

	SuggestionService(SubjectGazetteer gazetteer, JdbcClient jdbc, Clock clock) {
		this.gazetteer = gazetteer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Thrown for text over {@link #MAX_TEXT}; the desk answers 413. */
	public static class TextTooLargeException extends DomainException {

		public TextTooLargeException() {
			super("The text is over 1 MB, too long to read for suggestions. Suggestions resume when it is shorter.");
		}

	}

	/**
	 * Suggestions for {@code text}, HTML tags stripped first; for a story ({@code articleId} not
	 * null), without those rejected for it.
	 */
	public List<Suggestion> suggest(String text, Long articleId) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (text.length() > MAX_TEXT) {
			throw new TextTooLargeException();
		}
		String plain = text.indexOf('<') >= 0 ? HtmlSanitizer.toPlainText(HtmlSanitizer.sanitize(text)) : text;
		List<Suggestion> suggestions = SuggestionEngine.suggest(gazetteer.snapshot(), plain);
		if (articleId == null || suggestions.isEmpty()) {
			return suggestions;
		}
		Set<String> rejected = new HashSet<>(jdbc.sql("select suggestion_key from suggestion_rejection where article_id = ?")
			.param(articleId)
			.query(String.class)
			.list());
		return suggestions.stream().filter(s -> !rejected.contains(s.key())).toList();
	}

	/** Remembers that {@code key} was rejected for the story, so it is not offered again. */
	public void reject(long articleId, String key, Actor by) {
		if (key == null || key.isBlank() || key.length() > 300) {
			throw new DomainException("That suggestion cannot be recognised.");
		}
		jdbc.sql("""
				insert into suggestion_rejection (article_id, suggestion_key, rejected_by, rejected_at)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(articleId, key.strip(), by.id(), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}
