package org.dateline.site;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.TestArticles;
import org.dateline.media.ImageView;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A story page that misses every cache (built on each request, as for a reader's first visit or
 * an editor's look) runs a small, fixed number of SQL statements: the same for a bare story as
 * for one with many bylines, corrections, subjects and pictures. A statement per byline, per
 * correction or per linked subject would make the busiest stories the slowest to build.
 */
@IntegrationTest
class StoryPageStatementsTests {

	/** Not a desk session: the page is built each time, with a reader's statements. */
	static final String BYPASS = "JSESSIONID=not-a-desk-session";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	TestSubjects make;

	TestArticles stories;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
		make = new TestSubjects(context, editor.toActor());
		stories = new TestArticles(context, editor.toActor());
	}

	@Test
	void aStoryPageRunsAFixedNumberOfStatementsAsTheStoryGrows() throws Exception {
		Article bare = stories.published("A bare story");
		// section navigation; the story with its section, lead image's id, bylines and corrections;
		// its subjects with their pictures' ids; expanded coverage
		assertThat(statements(bare)).as("a story with no links or pictures").hasSize(4);
		Article linked = stories.story("A story linking people without portraits")
			.mentioning(make.person(TestSubjects.unique("Plain Person")).getId(),
					make.person(TestSubjects.unique("Other Person")).getId())
			.publish();
		assertThat(statements(linked)).as("subjects without pictures ask for no picture").hasSize(4);

		Article one = story("A story with one of each", 1);
		Article many = story("A story with many of each", 10);
		List<String> withOne = statements(one);
		List<String> withMany = statements(many);
		// ... and one statement for all the pictures: the lead, the body's figure and the subjects' portraits
		assertThat(withMany).as("10 links with portraits, 3 bylines, 3 corrections, a lead and a body picture")
			.hasSameSizeAs(withOne)
			.hasSize(5);
		assertThat(withMany).as("the story, its bylines and corrections in one statement")
			.filteredOn(sql -> sql.contains("from article_byline")).hasSize(1);
		assertThat(withMany).noneMatch(sql -> sql.toLowerCase().contains("spring_session"));

		String html = page(many).getContentAsString();
		assertThat(html).contains("<span class=\"author\">Harbour Desk</span>, <span class=\"author\">Metro Desk</span> and <span class=\"author\">Night Desk</span>")
			.contains("Third correction")
			.contains("class=\"chip-picture\"")
			.contains("<picture>");
		assertThat(html.indexOf("First correction")).isLessThan(html.indexOf("Second correction"));
		assertThat(html.indexOf("Second correction")).isLessThan(html.indexOf("Third correction"));
	}

	/** A published story linking {@code links} people, each with a portrait, with bylines, corrections, a lead and a body picture. */
	private Article story(String headline, int links) {
		ImageView lead = picture("Lead");
		ImageView inBody = picture("In the body");
		TestArticles.Story described = stories.story(headline).dek("Links, corrections and pictures")
			.byline("Harbour Desk").byline("Metro Desk").byline("Night Desk")
			.body("<p>Before.</p><figure><img src=\"/media/" + inBody.hash() + "/960.jpg\" alt=\"A quay\" width=\"960\""
					+ " height=\"640\"><figcaption>The quay <span class=\"credit\">Staff</span></figcaption></figure>");
		for (int i = 0; i < links; i++) {
			Person person = make.person(TestSubjects.unique("Linked Person"));
			context.getBean(SubjectImages.class).setImage(person.getId(), picture("Portrait").id());
			described.mentioning(person.getId());
		}
		Article story = described.publish();
		context.getBean(ArticleImages.class).setLeadImage(story.getId(),
				new ArticleImages.LeadImage(lead.id(), "The harbour", "Boats in a harbour", false), editor.toActor());
		for (String text : List.of("First correction.", "Second correction.", "Third correction.")) {
			context.getBean(ArticleService.class).addCorrection(story.getId(), CorrectionKind.CORRECTION, text,
					editor.toActor());
		}
		return story;
	}

	private ImageView picture(String caption) {
		return new TestPictures(context, editor.toActor()).upload(caption + " " + System.nanoTime());
	}

	private MockHttpServletResponse page(Article story) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/articles/" + story.getSlug()).header(HttpHeaders.COOKIE, BYPASS))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(story.getSlug()).isEqualTo(200);
		return response;
	}

	private List<String> statements(Article story) throws Exception {
		SqlStatements.record();
		page(story);
		return SqlStatements.stop();
	}

}
