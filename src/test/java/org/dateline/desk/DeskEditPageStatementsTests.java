package org.dateline.desk;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.media.ImageView;
import org.dateline.shared.Role;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The desk's two busiest edit pages run the same number of SQL statements for a bare record as
 * for one with many subjects, revisions, pictures, roles and stories: a statement per linked
 * subject or per revision would make a long-running story slow to open exactly when it matters.
 */
@IntegrationTest
class DeskEditPageStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Autowired
	SubjectService subjects;

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
	void theStoryEditPageRunsAFixedNumberOfStatementsAsTheStoryGrows() throws Exception {
		Article bare = stories.draft("A bare draft");
		Article one = story("A story with one of each", 1, 1);
		Article many = story("A story with many of each", 10, 7);
		assertThat(articles.revisionCount(many.getId())).isEqualTo(7);

		// section list, story with bylines, corrections, the byline's desk user (a new story is given its
		// writer's byline), this writer's autosave, revision count, the session's two writes, the cache's
		// invalidation check, the lead image's row
		assertThat(statements("/desk/articles/" + bare.getId())).as("a story with no links or pictures").isEqualTo(10);
		// ... and with links and pictures, one statement for the linked subjects' lines and one for the picture
		int withOne = statements("/desk/articles/" + one.getId());
		int withMany = statements("/desk/articles/" + many.getId());
		assertThat(withMany).as("a story with 10 links, 7 revisions, a lead and a body picture").isEqualTo(withOne)
			.isEqualTo(11);
	}

	@Test
	void theSubjectEditPageRunsAFixedNumberOfStatementsAsTheSubjectGrows() throws Exception {
		Person bare = make.person(TestSubjects.unique("Bare Person"));
		Person one = person("Single Person", 1);
		Person many = person("Busy Person", 5, "Busy", "B. Person", "The Chair");

		// person, aliases, roles, stories and their count, the portrait's id, the session's two
		// writes, the cache's invalidation check
		assertThat(statements("/desk/people/" + bare.getId())).as("a person with nothing").isEqualTo(9);
		// ... and one statement for the organizations' lines, one for the portrait
		int withOne = statements("/desk/people/" + one.getId());
		int withMany = statements("/desk/people/" + many.getId());
		assertThat(withMany).as("a person with aliases, 5 roles, 5 events, 10 stories and a portrait").isEqualTo(withOne)
			.isEqualTo(11);
	}

	/** A story linking {@code links} people, saved {@code revisions} times, with a lead and a body picture. */
	private Article story(String headline, int links, int revisions) {
		ImageView lead = picture("Lead");
		ImageView inBody = picture("In the body");
		TestArticles.Story described = stories.story(headline).dek("Links, versions and pictures")
			.byline("Harbour Desk").byline("Metro Desk")
			.body("<p>Before.</p><figure><img src=\"/media/" + inBody.hash() + "/960.jpg\" alt=\"A quay\" width=\"960\""
					+ " height=\"640\"><figcaption>The quay <span class=\"credit\">Staff</span></figcaption></figure>");
		for (int i = 0; i < links; i++) {
			described.mentioning(make.person(TestSubjects.unique("Linked Person")).getId());
		}
		Article story = described.draft();
		context.getBean(ArticleImages.class).setLeadImage(story.getId(),
				new ArticleImages.LeadImage(lead.id(), "The harbour", "Boats in a harbour", false), editor.toActor());
		for (int i = 1; i < revisions; i++) {
			Article current = articles.get(story.getId());
			articles.update(current.getId(), new SaveArticle(new ArticleContent(current.getHeadline(), current.getDek(),
					current.getBodyHtml() + "<p>Version " + i + ".</p>", null), current.getSection().getId(), null,
					current.getVersion()), editor.toActor());
		}
		return story;
	}

	/** A person with {@code count} roles and events, twice as many stories, and a portrait. */
	private Person person(String name, int count, String... aliases) {
		Person person = make.person(TestSubjects.unique(name), aliases);
		for (int i = 0; i < count; i++) {
			Organization org = make.organization(TestSubjects.unique("Board"));
			subjects.affiliate(person.getId(), new AddAffiliation(org.getId(), "Member " + i, null, null, i == 0), null,
					editor.toActor());
			Event event = make.event(TestSubjects.unique("Summit"), "2026-0" + (i + 1), null);
			subjects.addParticipant(event.getId(), person.getId(), "Speaker", editor.toActor());
			stories.story(name + ", part " + i).about(person.getId()).publish();
			stories.story(name + ", in passing " + i).mentioning(person.getId()).publish();
		}
		context.getBean(SubjectImages.class).setImage(person.getId(), picture("Portrait").id());
		return person;
	}

	private ImageView picture(String caption) {
		return new TestPictures(context, editor.toActor()).upload(caption + " " + System.nanoTime());
	}

	private int statements(String path) throws Exception {
		SqlStatements.record();
		int status = mvc.perform(get(path).with(user(editor))).andReturn().getResponse().getStatus();
		List<String> statements = SqlStatements.stop();
		assertThat(status).as(path).isEqualTo(200);
		assertThat(statements).as(path).isNotEmpty();
		return statements.size();
	}

}
