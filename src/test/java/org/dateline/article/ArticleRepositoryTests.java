package org.dateline.article;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import org.dateline.article.section.Section;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader queries on real PostgreSQL, with Flyway's schema validated by Hibernate: only
 * published stories whose time has come are visible.
 */
@DataJpaTest
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
class ArticleRepositoryTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entities;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void onlyPublishedStoriesAreVisibleToReaders() {
		Section news = entities.createQuery("select s from Section s where s.slug = 'news'", Section.class)
			.getSingleResult();
		long editorId = jdbc.queryForObject("""
				insert into app_user (username, display_name, password_hash, role, created_at)
				values ('ed', 'Ed', '{noop}x', 'EDITOR', now()) returning id""", Long.class);
		var clock = java.time.Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), java.time.ZoneOffset.UTC);
		var editor = new org.dateline.shared.Actor(editorId, "ed", org.dateline.shared.Role.EDITOR);
		Article live = new Article(new org.dateline.shared.Slug("live-story"),
				new ArticleContent("Live story", null, "<p>a</p>", null), news, editor, clock);
		live.publish(editor, clock);
		Article draft = new Article(new org.dateline.shared.Slug("draft-story"),
				new ArticleContent("Draft story", null, "<p>b</p>", null), news, editor, clock);
		articles.saveAndFlush(live);
		articles.saveAndFlush(draft);

		Instant now = Instant.parse("2026-05-01T11:00:00Z");
		assertThat(articles.findPublishedBySlug("live-story", now)).hasValueSatisfying(a -> {
			assertThat(a.headline()).isEqualTo("Live story");
			assertThat(a.sectionName()).isEqualTo("News");
		});
		assertThat(articles.findPublishedBySlug("draft-story", now)).isEmpty();
		assertThat(articles.findPublishedBySlug("live-story", Instant.parse("2026-05-01T09:00:00Z"))).isEmpty();
	}

}
