package org.dateline.site;

import java.util.List;
import java.util.Set;

import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.frontpage.FrontPageService;
import org.dateline.article.Mention;
import org.dateline.article.Mention.Prominence;
import org.dateline.article.TestArticles;
import org.dateline.cache.PageCache;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reader pages name what they show in Surrogate-Key, only changes readers can see invalidate,
 * and only the pages showing what changed; the in-app cache keys pages by the parameters they
 * read. Asserted through what a reader or a proxy gets: bodies, ETags, 304s, and whether a
 * request reached the database at all.
 */
@IntegrationTest
class ReaderCachingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	SubjectService subjects;

	@Autowired
	FrontPageService frontPage;

	@Autowired
	PageCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Actor editor;

	TestSubjects make;

	long section;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
		make = new TestSubjects(context, editor);
		section = articles.sections().get(0).getId();
	}

	Article draft(String headline, Person... linked) {
		TestArticles.Story story = new TestArticles(articles, editor).story(headline).dateline("Tollan").byline("Staff")
			.section(section);
		for (Person person : linked) {
			story.about(person.getId());
		}
		return story.draft();
	}

	Article publish(String headline, Person... linked) {
		return articles.publish(draft(headline, linked).getId(), editor);
	}

	MockHttpServletResponse fetch(String path) throws Exception {
		return mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
	}

	Set<String> keys(MockHttpServletResponse response) {
		String header = response.getHeader("Surrogate-Key");
		assertThat(header).as("Surrogate-Key").isNotBlank();
		return Set.of(header.split(" "));
	}

	/** Whether answering {@code path} needed the database (a page served from the cache needs none). */
	boolean built(String path) throws Exception {
		SqlStatements.record();
		fetch(path);
		return !SqlStatements.stop().isEmpty();
	}

	long invalidationRows() {
		return jdbc.sql("select count(*) from cache_invalidation").query(Long.class).single();
	}

	@Test
	void everyReaderPageNamesWhatItShows() throws Exception {
		Person minister = make.person(TestSubjects.unique("Keyed Minister"));
		Article older = publish("Keyed older story", minister);
		Article story = publish("Keyed story", minister);

		Set<String> storyKeys = keys(fetch("/articles/" + story.getSlug()));
		assertThat(storyKeys).contains("story:" + story.getId(), "section:" + section, "subject:" + minister.getId(),
				"story:" + older.getId(), "sections");

		Set<String> subjectKeys = keys(fetch("/people/" + minister.getSlug()));
		assertThat(subjectKeys).contains("subject:" + minister.getId(), "story:" + story.getId(),
				"story:" + older.getId());

		assertThat(keys(fetch("/"))).contains("front", "story:" + story.getId(), "sections");
		String sectionSlug = articles.sections().get(0).getSlug();
		assertThat(keys(fetch("/sections/" + sectionSlug))).contains("section:" + section,
				"section:" + section + ":stories", "story:" + story.getId());
		assertThat(keys(fetch("/feed.atom"))).contains("feed", "story:" + story.getId());
		assertThat(keys(fetch("/sitemap.xml"))).contains("sitemap");
		assertThat(keys(fetch("/search?q=keyed"))).contains("search");
	}

	@Test
	void draftSavesAutosavesAndReviewChangeNothingReadersAreServed() throws Exception {
		Article live = publish("Untouched live story");
		String path = "/articles/" + live.getSlug();
		MockHttpServletResponse before = fetch(path);
		long rows = invalidationRows();

		Article draft = draft("A draft in progress");
		Article saved = articles.update(draft.getId(), new SaveArticle(new ArticleContent("A draft in progress, revised",
				null, "<p>More words.</p>", null), section, null, draft.getVersion()), editor);
		articles.autosave(draft.getId(), editor, "Autosaved headline", null, "<p>Autosaved.</p>", null,
				saved.getVersion());
		articles.submit(draft.getId(), editor);
		articles.returnToDraft(draft.getId(), "Needs a second source", editor);

		assertThat(invalidationRows()).as("no key was invalidated").isEqualTo(rows);
		assertThat(built(path)).as("the live story is still served from the cache").isFalse();
		MockHttpServletResponse after = mvc.perform(get(path).header("If-None-Match", before.getHeader("ETag")))
			.andReturn().getResponse();
		assertThat(after.getStatus()).isEqualTo(304);
	}

	@Test
	void editingALiveStoryChangesItsPagesAndLeavesUnrelatedPagesAlone() throws Exception {
		Article edited = publish("Harbour reopens");
		Article unrelated = publish("Orchard harvest begins");
		String unrelatedPath = "/articles/" + unrelated.getSlug();
		String unrelatedEtag = fetch(unrelatedPath).getHeader("ETag");
		fetch("/articles/" + edited.getSlug());

		Article current = articles.get(edited.getId());
		articles.update(edited.getId(), new SaveArticle(new ArticleContent("Harbour reopens after storm", null,
				"<p>Boats return.</p>", "Tollan"), section, null, current.getVersion()), editor);

		assertThat(fetch("/articles/" + edited.getSlug()).getContentAsString()).contains("Harbour reopens after storm");
		assertThat(built(unrelatedPath)).as("an unrelated page stays cached").isFalse();
		assertThat(fetch(unrelatedPath).getHeader("ETag")).isEqualTo(unrelatedEtag);

		articles.addCorrection(edited.getId(), CorrectionKind.CORRECTION, "The storm was on Tuesday.", editor);
		assertThat(fetch("/articles/" + edited.getSlug()).getContentAsString()).contains("The storm was on Tuesday.");
	}

	@Test
	void publishingAndUnpublishingReachTheListsAndTheStoryAtOnce() throws Exception {
		Person mayor = make.person(TestSubjects.unique("Listed Mayor"));
		Article existing = publish("Mayor opens the bridge", mayor);
		String existingPath = "/articles/" + existing.getSlug();
		fetch("/");
		fetch("/people/" + mayor.getSlug());
		fetch(existingPath);

		Article fresh = publish("Mayor announces budget", mayor);
		assertThat(fetch("/").getContentAsString()).contains("Mayor announces budget");
		assertThat(fetch("/people/" + mayor.getSlug()).getContentAsString()).contains("Mayor announces budget");
		assertThat(fetch(existingPath).getContentAsString()).as("expanded coverage of a story sharing the subject")
			.contains("Mayor announces budget");

		articles.unpublish(fresh.getId(), editor);
		assertThat(fetch("/articles/" + fresh.getSlug()).getStatus()).isEqualTo(404);
		assertThat(fetch("/").getContentAsString()).doesNotContain("Mayor announces budget");
		assertThat(fetch(existingPath).getContentAsString()).doesNotContain("Mayor announces budget");
	}

	@Test
	void aSubjectEditAndAFrontPageChangeReachThePagesShowingThem() throws Exception {
		Person envoy = make.person(TestSubjects.unique("Renamed Envoy"));
		Article story = publish("Envoy arrives", envoy);
		String storyPath = "/articles/" + story.getSlug();
		fetch(storyPath);
		fetch("/");

		Person loaded = (Person) subjects.get(envoy.getId());
		subjects.update(envoy.getId(), new SavePerson("Ambassador Oduya", null, null, List.of(),
				null, loaded.getVersion()), editor);
		assertThat(fetch(storyPath).getContentAsString()).contains("Ambassador Oduya");

		frontPage.add(story.getId());
		assertThat(fetch("/").getContentAsString()).contains("Envoy arrives");
	}

	@Test
	void unknownQueryParametersNeitherMissNorAddEntries() throws Exception {
		Article story = publish("Parameters story");
		String path = "/articles/" + story.getSlug();
		fetch(path);
		long entries = cache.size();
		for (int i = 0; i < 20; i++) {
			assertThat(built(path + "?utm_source=" + i)).as("?utm_source=%d", i).isFalse();
		}
		assertThat(cache.size()).isEqualTo(entries);

		String sectionSlug = articles.sections().get(0).getSlug();
		fetch("/sections/" + sectionSlug + "?page=1");
		assertThat(built("/sections/" + sectionSlug + "?page=1&x=2")).isFalse();
	}

}
