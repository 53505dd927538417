package org.dateline.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures in stories, by image id only: a story's lead image with its per-use caption and alt
 * text, and which stories use an image (as lead, or as a figure in the body, found by the
 * image's content hash in its {@code /media/} address). The lead image is stored beside the
 * story's text without moving its version, so choosing a picture never makes the writer's next
 * save a conflict; changing it still changes what readers see, so the site's version moves.
 */
@Service
public class ArticleImages {

	public static final int CAPTION_MAX = 2000;

	public static final int ALT_MAX = 1000;

	private final ArticleRepository articles;

	private final JdbcClient jdbc;

	ArticleImages(ArticleRepository articles, JdbcClient jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	/**
	 * A lead image as one story uses it.
	 *
	 * @param caption the caption for this story, or {@code null} to use the image's own
	 * @param altText what the picture shows, for readers who cannot see it
	 * @param decorative true when the picture adds nothing a description would give
	 */
	public record LeadImage(long imageId, String caption, String altText, boolean decorative) {

		public LeadImage {
			caption = caption == null || caption.isBlank() ? null : caption.strip();
			altText = altText == null || altText.isBlank() ? null : altText.strip();
		}

	}

	/** A story that uses an image. */
	public record StoryUse(long articleId, String headline, ArticleStatus status, boolean lead) {
	}

	@Transactional
	public void setLeadImage(long articleId, LeadImage lead, Actor by) {
		Article article = articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException("story " + articleId));
		if (!article.isEditableBy(by)) {
			throw new DomainException("You cannot change this story's pictures.");
		}
		if (lead.caption() != null && lead.caption().length() > CAPTION_MAX) {
			throw new DomainException("Keep the caption to " + CAPTION_MAX + " characters or fewer.");
		}
		if (lead.altText() != null && lead.altText().length() > ALT_MAX) {
			throw new DomainException("Keep the alt text to " + ALT_MAX + " characters or fewer.");
		}
		boolean live = article.getStatus() == ArticleStatus.PUBLISHED || article.getStatus() == ArticleStatus.SCHEDULED;
		if (live && lead.altText() == null && !lead.decorative()) {
			throw new DomainException("This story is " + article.getStatus().label().toLowerCase()
					+ ", so its lead image needs alt text (or the decorative mark).");
		}
		jdbc.sql("""
				update article set lead_image_id = ?, lead_caption = ?, lead_alt_text = ?, lead_decorative = ?
				where id = ?""")
			.params(lead.imageId(), lead.caption(), lead.decorative() ? null : lead.altText(), lead.decorative(),
					articleId)
			.update();
	}

	@Transactional
	public void removeLeadImage(long articleId, Actor by) {
		Article article = articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException("story " + articleId));
		if (!article.isEditableBy(by)) {
			throw new DomainException("You cannot change this story's pictures.");
		}
		jdbc.sql("""
				update article set lead_image_id = null, lead_caption = null, lead_alt_text = null,
				lead_decorative = false where id = ?""").param(articleId).update();
	}

	@Transactional(readOnly = true)
	public Optional<LeadImage> leadImageOf(long articleId) {
		return jdbc.sql("""
				select lead_image_id, lead_caption, lead_alt_text, lead_decorative
				from article where id = ? and lead_image_id is not null""")
			.param(articleId)
			.query((rs, n) -> new LeadImage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

	/** The lead images of several stories, by story id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, LeadImage> leadImagesOf(Collection<Long> articleIds) {
		Map<Long, LeadImage> leads = new HashMap<>();
		if (articleIds.isEmpty()) {
			return leads;
		}
		jdbc.sql("""
				select id, lead_image_id, lead_caption, lead_alt_text, lead_decorative
				from article where id = any(?) and lead_image_id is not null""")
			.param(articleIds.toArray(new Long[0]))
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new LeadImage(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))))
			.list()
			.forEach(e -> leads.put(e.getKey(), e.getValue()));
		return leads;
	}

	/** The stories that use the image with this id and content hash, newest first. */
	@Transactional(readOnly = true)
	public List<StoryUse> usesOf(long imageId, String hash) {
		return jdbc.sql("""
				select id, headline, status, lead_image_id = ? from article
				where lead_image_id = ? or body_html like ?
				order by updated_at desc, id desc limit 200""")
			.params(imageId, imageId, "%/media/" + hash + "/%")
			.query((rs, n) -> new StoryUse(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.list();
	}

	/** Ids of the images that are some story's lead. */
	@Transactional(readOnly = true)
	public Set<Long> leadImageIds() {
		return new LinkedHashSet<>(jdbc.sql("select distinct lead_image_id from article where lead_image_id is not null")
			.query(Long.class)
			.list());
	}

	/** Content hashes of the images that stories show as figures in their bodies. */
	@Transactional(readOnly = true)
	public Set<String> bodyImageHashes() {
		return new LinkedHashSet<>(jdbc.sql("""
				select distinct (regexp_matches(body_html, '/media/([0-9a-f]{32})/', 'g'))[1]
				from article where body_html like '%/media/%'""")
			.query(String.class)
			.list());
	}

}
