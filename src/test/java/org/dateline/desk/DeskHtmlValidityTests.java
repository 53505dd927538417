package org.dateline.desk;


import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.HtmlChecker;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The desk's subject pages and the story editor with its subject panel pass the Nu HTML Checker. */
@IntegrationTest
class DeskHtmlValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	SubjectService subjects;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	Person person;

	Organization organization;

	Event event;

	Article story;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
		TestSubjects make = new TestSubjects(context, editor.toActor());
		person = make.person(TestSubjects.unique("Maren Holt"), "Holt");
		organization = make.organization(TestSubjects.unique("Delta Works Agency"), "DWA");
		event = make.event(TestSubjects.unique("Barrage opening"), "2026-11-02 10:00", "2026-11-02 18:00");
		subjects.affiliate(person.getId(), new AddAffiliation(organization.getId(), "Chief engineer", null, null, true),
				null, editor.toActor());
		subjects.addParticipant(event.getId(), person.getId(), "Opened the gates", editor.toActor());
		story = new TestArticles(articles, editor.toActor()).story("Valid desk markup").body("<p>Holt spoke.</p>")
			.about(person.getId()).draft();
	}

	void assertValid(String path) throws Exception {
		String html = mvc.perform(get(path).with(user(editor)).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).as(path).startsWith("<!DOCTYPE html>");
		assertThat(HtmlChecker.errors(html)).as("HTML errors in " + path).isEmpty();
	}

	@Test
	void subjectPagesOnTheDeskAreValid() throws Exception {
		assertValid("/desk/people");
		assertValid("/desk/people/new");
		assertValid("/desk/people/" + person.getId());
		assertValid("/desk/organizations/" + organization.getId());
		assertValid("/desk/events/new");
		assertValid("/desk/events/" + event.getId());
	}

	@Test
	void theStoryEditorWithItsSubjectPanelIsValid() throws Exception {
		assertValid("/desk/articles/" + story.getId());
		assertValid("/desk/articles/new");
	}

	@Test
	void thePhotoDeskIsValid() throws Exception {
		long picture = context.getBean(org.dateline.media.MediaLibrary.class)
			.upload(new org.dateline.media.MediaLibrary.Upload("valid.jpg", org.dateline.support.TestPhotos.photo(900, 600,
					new org.dateline.support.TestPhotos.Captioned("Valid markup photo", "P", "A", null), false, 1)),
					editor.toActor())
			.image()
			.id();
		assertValid("/desk/media");
		assertValid("/desk/media?q=valid&used=no&expired=true");
		assertValid("/desk/media/" + picture);
	}

}
