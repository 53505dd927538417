package org.dateline.article.frontpage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.dateline.article.ArticleNotFoundException;
import org.dateline.article.ArticleStatus;
import org.dateline.article.reader.ArticleTeaser;
import org.dateline.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front page's top stories, an ordered list kept by editors. Readers see only the ones that
 * are published; a story taken down simply drops out of their view.
 */
@Service
@Transactional(readOnly = true)
public class FrontPageService {

	public static final int MAX_TOP_STORIES = 12;

	private final FrontPageSlotRepository slots;

	private final JdbcClient jdbc;

	private final Clock clock;

	FrontPageService(FrontPageSlotRepository slots, JdbcClient jdbc, Clock clock) {
		this.slots = slots;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A top story as the desk sees it. */
	public record Slot(long articleId, String headline, ArticleStatus status, int position) {
	}

	public List<Slot> forDesk() {
		return jdbc.sql("""
				select f.article_id, a.headline, a.status, f.position
				from front_page_slot f join article a on a.id = f.article_id
				order by f.position""")
			.query((rs, n) -> new Slot(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)),
					rs.getInt(4)))
			.list();
	}

	/** The chosen top stories that readers may see now, in order. */
	public List<ArticleTeaser> forReaders() {
		return jdbc.sql("""
				select %s
				from front_page_slot f
				join article a on a.id = f.article_id
				join section s on s.id = a.section_id
				where a.status = 'PUBLISHED' and a.published_at <= ?
				order by f.position""".formatted(ArticleTeaser.COLUMNS))
			.param(clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.query(ArticleTeaser.ROW)
			.list();
	}

	@Transactional
	public void add(long articleId) {
		if (!jdbc.sql("select exists (select 1 from article where id = ?)").param(articleId).query(Boolean.class).single()) {
			throw new ArticleNotFoundException("#" + articleId);
		}
		if (slots.existsById(articleId)) {
			throw new DomainException("That story is already a top story.");
		}
		List<FrontPageSlot> current = slots.findAllByOrderByPositionAsc();
		if (current.size() >= MAX_TOP_STORIES) {
			throw new DomainException("The front page holds " + MAX_TOP_STORIES + " top stories. Remove one first.");
		}
		slots.save(new FrontPageSlot(articleId, current.isEmpty() ? 0 : current.get(current.size() - 1).getPosition() + 1));
	}

	@Transactional
	public void remove(long articleId) {
		slots.findById(articleId).ifPresent(slots::delete);
		renumber(slots.findAllByOrderByPositionAsc());
	}

	/** Moves a top story one place up ({@code -1}) or down ({@code +1}). */
	@Transactional
	public void move(long articleId, int direction) {
		List<FrontPageSlot> ordered = new ArrayList<>(slots.findAllByOrderByPositionAsc());
		int index = indexOf(ordered, articleId);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= ordered.size()) {
			return;
		}
		ordered.add(target, ordered.remove(index));
		renumber(ordered);
	}

	private static int indexOf(List<FrontPageSlot> ordered, long articleId) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getArticleId() == articleId) {
				return i;
			}
		}
		return -1;
	}

	private void renumber(List<FrontPageSlot> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i);
		}
	}

}
