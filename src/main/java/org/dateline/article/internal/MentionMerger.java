package org.dateline.article.internal;

import org.dateline.subject.SubjectEvents.SubjectsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two subjects are merged, moves every story's link from the duplicate to the survivor,
 * inside the merge's transaction. A story that linked both keeps one link, primary if either was.
 */
@Component
class MentionMerger {

	private final JdbcClient jdbc;

	MentionMerger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SubjectsMerged merged) {
		jdbc.sql("""
				insert into article_mention (article_id, subject_id, prominence, source)
				select article_id, :survivor, prominence, source from article_mention where subject_id = :loser
				on conflict (article_id, subject_id) do update
				    set prominence = case when excluded.prominence = 'PRIMARY' then 'PRIMARY'
				                          else article_mention.prominence end""")
			.param("loser", merged.loserId())
			.param("survivor", merged.survivorId())
			.update();
		jdbc.sql("delete from article_mention where subject_id = ?").param(merged.loserId()).update();
	}

}
