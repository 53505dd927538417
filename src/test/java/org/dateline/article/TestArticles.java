package org.dateline.article;

import java.util.ArrayList;
import java.util.List;

import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.shared.Actor;
import org.springframework.context.ApplicationContext;

/**
 * Makes stories for tests through the same service the desk uses, so that a story a test needs
 * is one readable line:
 *
 * <pre>
 * stories.story("Port strike ends").dek("Dock workers accept").about(union.getId()).publish();
 * stories.draft("Council budget");
 * </pre>
 *
 * Whatever a test leaves out gets a plain default: a body of one paragraph, the first section, no
 * dek, no dateline, no bylines, no links, written by the actor the fixture was made with.
 */
public final class TestArticles {

	private final ArticleService articles;

	private final Actor writer;

	public TestArticles(ApplicationContext context, Actor writer) {
		this(context.getBean(ArticleService.class), writer);
	}

	public TestArticles(ArticleService articles, Actor writer) {
		this.articles = articles;
		this.writer = writer;
	}

	/** A story to describe further, then {@link Story#draft()} or {@link Story#publish()}. */
	public Story story(String headline) {
		return new Story(headline);
	}

	/** A draft with the defaults. */
	public Article draft(String headline) {
		return story(headline).draft();
	}

	/** A published story with the defaults. */
	public Article published(String headline) {
		return story(headline).publish();
	}

	/** The id of the first section, where stories go unless told otherwise. */
	public long firstSection() {
		return articles.sections().get(0).getId();
	}

	/** One story being described; each setter returns it, for one line per story. */
	public final class Story {

		private final String headline;

		private String dek;

		private String body;

		private String dateline;

		private final List<Byline> bylines = new ArrayList<>();

		private final List<Mention> mentions = new ArrayList<>();

		private Long section;

		private Actor by = writer;

		private Story(String headline) {
			this.headline = headline;
			this.body = "<p>" + headline + ".</p>";
		}

		public Story dek(String dek) {
			this.dek = dek;
			return this;
		}

		public Story body(String bodyHtml) {
			this.body = bodyHtml;
			return this;
		}

		/** The place in the dateline, such as "Oslo". */
		public Story dateline(String place) {
			this.dateline = place;
			return this;
		}

		/** A byline with a name and no desk account, such as "Harbour Desk". */
		public Story byline(String name) {
			this.bylines.add(Byline.ofName(name));
			return this;
		}

		public Story section(long sectionId) {
			this.section = sectionId;
			return this;
		}

		/** Written by someone other than the fixture's actor. */
		public Story by(Actor author) {
			this.by = author;
			return this;
		}

		/** Linked to these subjects as what the story is mainly about. */
		public Story about(long... subjectIds) {
			return links(Mention.Prominence.PRIMARY, subjectIds);
		}

		/** Linked to these subjects as mentioned in passing. */
		public Story mentioning(long... subjectIds) {
			return links(Mention.Prominence.MENTIONED, subjectIds);
		}

		/** Linked as these mentions say. */
		public Story links(List<Mention> links) {
			this.mentions.addAll(links);
			return this;
		}

		private Story links(Mention.Prominence prominence, long... subjectIds) {
			for (long id : subjectIds) {
				this.mentions.add(new Mention(id, prominence, Mention.Source.MANUAL));
			}
			return this;
		}

		private SaveArticle command() {
			return new SaveArticle(new ArticleContent(headline, dek, body, dateline, bylines,
					mentions.isEmpty() ? null : mentions), section != null ? section : firstSection(), null, null);
		}

		/** Saved as a draft. */
		public Article draft() {
			return articles.create(command(), by);
		}

		/** Saved and published at once, as an editor does. */
		public Article publish() {
			return articles.publish(draft().getId(), by);
		}

	}

}
