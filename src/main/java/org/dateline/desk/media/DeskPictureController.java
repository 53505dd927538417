package org.dateline.desk.media;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.account.DeskUser;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleImages.LeadImage;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.dateline.desk.article.DeskArticleAccess;
import org.dateline.media.MediaLibrary;
import org.dateline.shared.DomainException;
import org.dateline.subject.SubjectImages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pictures chosen from the library for a story (its lead image, with this story's caption and alt
 * text) and for a person or organization (portrait or logo). The story editor posts here from its
 * picture panel without leaving the page; without script, the plain form redirects back.
 */
@Controller
class DeskPictureController {

	private final ArticleImages storyImages;

	private final SubjectImages subjectImages;

	private final MediaLibrary library;

	private final DeskArticleAccess access;

	DeskPictureController(ArticleImages storyImages, SubjectImages subjectImages, MediaLibrary library,
			DeskArticleAccess access) {
		this.storyImages = storyImages;
		this.subjectImages = subjectImages;
		this.library = library;
		this.access = access;
	}

	@PostMapping("/desk/articles/{id}/lead-image")
	Object setLeadImage(@PathVariable long id, @RequestParam(required = false) Long imageId,
			@RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String altText,
			@RequestParam(defaultValue = "false") boolean decorative, @CurrentUser DeskUser user,
			HttpServletRequest request, RedirectAttributes redirect) {
		access.editable(id, user);
		String message;
		try {
			if (imageId == null || library.find(imageId).isEmpty()) {
				throw new DomainException("Choose a picture from the library.");
			}
			storyImages.setLeadImage(id, new LeadImage(imageId, caption, altText, decorative), user.toActor());
			message = decorative || !altText.isBlank() ? "Lead image saved."
					: "Lead image saved. Write its alt text before the story is published.";
		}
		catch (DomainException ex) {
			return answer(request, redirect, id, HttpStatus.UNPROCESSABLE_CONTENT, "error", ex.getMessage());
		}
		return answer(request, redirect, id, HttpStatus.OK, "message", message);
	}

	@PostMapping("/desk/articles/{id}/lead-image/remove")
	Object removeLeadImage(@PathVariable long id, @CurrentUser DeskUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		access.editable(id, user);
		storyImages.removeLeadImage(id, user.toActor());
		return answer(request, redirect, id, HttpStatus.OK, "message", "Lead image removed.");
	}

	@PostMapping("/desk/{kind:people|organizations}/{id}/image")
	String setSubjectImage(@PathVariable String kind, @PathVariable long id,
			@RequestParam(required = false) Long imageId, RedirectAttributes redirect) {
		Outcome.flash(redirect, imageId == null ? "Picture removed." : "Picture saved.", () -> {
			if (imageId != null && library.find(imageId).isEmpty()) {
				throw new DomainException("There is no such picture in the library.");
			}
			subjectImages.setImage(id, imageId);
		});
		return "redirect:/desk/" + kind + "/" + id;
	}

	private static Object answer(HttpServletRequest request, RedirectAttributes redirect, long id, HttpStatus status,
			String key, String message) {
		if (DeskMediaController.wantsJson(request)) {
			return ResponseEntity.status(status).body(Map.of(key, message));
		}
		redirect.addFlashAttribute(key, message);
		return "redirect:/desk/articles/" + id;
	}

}
