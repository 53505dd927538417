package org.dateline.article.frontpage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the top stories an editor has placed on the front page. */
@Entity
@Table(name = "front_page_slot")
class FrontPageSlot {

	@Id
	@Column(name = "article_id")
	private Long articleId;

	@Column(nullable = false)
	private int position;

	protected FrontPageSlot() {
	}

	FrontPageSlot(Long articleId, int position) {
		this.articleId = articleId;
		this.position = position;
	}

	Long getArticleId() {
		return articleId;
	}

	int getPosition() {
		return position;
	}

	void moveTo(int position) {
		this.position = position;
	}

}
