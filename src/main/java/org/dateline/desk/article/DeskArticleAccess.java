package org.dateline.desk.article;

import org.dateline.account.DeskUser;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which stories a desk user may open and change. Editors may open any; reporters only their own,
 * and anyone else gets the 403 page. The aggregate checks the same rules again on every move.
 */
@Component
public class DeskArticleAccess {

	private final ArticleService articles;

	DeskArticleAccess(ArticleService articles) {
		this.articles = articles;
	}

	/** The story, if this user may open it. */
	public Article visible(long id, DeskUser user) {
		Article article = articles.get(id);
		if (!article.isVisibleTo(user.toActor())) {
			throw new AccessDeniedException("Story #" + id + " belongs to another writer");
		}
		return article;
	}

	/** The story, if this user may change its text. */
	public Article editable(long id, DeskUser user) {
		Article article = visible(id, user);
		if (!article.isEditableBy(user.toActor())) {
			throw new AccessDeniedException("Story #" + id + " is not editable by " + user.getUsername());
		}
		return article;
	}

}
