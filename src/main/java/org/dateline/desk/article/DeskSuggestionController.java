package org.dateline.desk.article;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.desk.CurrentUser;
import org.dateline.shared.DomainException;
import org.dateline.suggest.Suggestion;
import org.dateline.suggest.SuggestionService;
import org.dateline.suggest.SuggestionService.TextTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subject suggestions for the story editor: {@code POST /desk/suggestions} with the story's
 * {@code text} (plain or HTML) and, for a saved story, its {@code articleId}, answered with
 * {@code {"suggestions": [...]}}; and remembering a rejected suggestion for a story.
 */
@RestController
class DeskSuggestionController {

	private final SuggestionService suggestions;

	private final DeskArticleAccess access;

	DeskSuggestionController(SuggestionService suggestions, DeskArticleAccess access) {
		this.suggestions = suggestions;
		this.access = access;
	}

	record Suggestions(List<Suggestion> suggestions, String error) {
	}

	@PostMapping("/desk/suggestions")
	ResponseEntity<Suggestions> suggest(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long articleId, @CurrentUser DeskUser user) {
		if (articleId != null) {
			access.visible(articleId, user);
		}
		try {
			return ResponseEntity.ok(new Suggestions(suggestions.suggest(text, articleId), null));
		}
		catch (TextTooLargeException ex) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new Suggestions(List.of(), ex.getMessage()));
		}
	}

	record Rejected(boolean rejected, String error) {
	}

	@PostMapping("/desk/articles/{id}/suggestions/reject")
	ResponseEntity<Rejected> reject(@PathVariable long id, @RequestParam(defaultValue = "") String key,
			@CurrentUser DeskUser user) {
		access.visible(id, user);
		try {
			suggestions.reject(id, key, user.toActor());
			return ResponseEntity.ok(new Rejected(true, null));
		}
		catch (DomainException ex) {
			return ResponseEntity.badRequest().body(new Rejected(false, ex.getMessage()));
		}
	}

}
