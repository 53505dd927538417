package org.dateline.desk;

import org.dateline.article.StaleArticleException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Desk-specific outcomes: a save against a stale version gets the 409 conflict page. */
@ControllerAdvice(basePackageClasses = DeskExceptionHandler.class)
class DeskExceptionHandler {

	@ExceptionHandler(StaleArticleException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(StaleArticleException ex, Model model) {
		model.addAttribute("articleId", ex.articleId());
		return "desk/articles/conflict";
	}

}
