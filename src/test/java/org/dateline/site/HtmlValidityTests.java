package org.dateline.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.CorrectionKind;
import org.dateline.article.frontpage.FrontPageService;
import org.dateline.article.Mention;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every reader page type, rendered with real content, passes the Nu HTML Checker without errors. */
@IntegrationTest
class HtmlValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	FrontPageService frontPage;

	@Autowired
	ApplicationContext context;

	Article story;

	Person person;

	Organization organization;

	Event event;

	@BeforeEach
	void setUp() {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		story = articles.create(new SaveArticle(new ArticleContent("Valid markup: river barrage opens",
				"Engineers finish a decade of work", """
						<h2>What changes</h2><p>The barrage <strong>holds back</strong> storm tides, say
						<a href="https://example.org/report">the engineers</a>.</p>
						<ul><li>Six gates</li><li>Two locks</li></ul><blockquote><p>It works.</p></blockquote>
						<h3>Cost</h3><ol><li>Phase one</li></ol>""", "Rotterdam",
				List.of(Byline.ofUser(editor.id(), editor.displayName()), Byline.ofName("Delta Wire"))),
				articles.sections().get(0).getId(), null, null), editor.toActor());
		TestSubjects make = new TestSubjects(context, editor.toActor());
		org.dateline.media.ImageView picture = context.getBean(org.dateline.media.MediaLibrary.class)
			.upload(new org.dateline.media.MediaLibrary.Upload("barrage.jpg", org.dateline.support.TestPhotos.photo(1600,
					1000, new org.dateline.support.TestPhotos.Captioned("The barrage's gates", "Ria Moss", "Delta Wire", null),
					false, 1)), editor.toActor())
			.image();
		SubjectService subjects = context.getBean(SubjectService.class);
		person = make.person(TestSubjects.unique("Maren Holt"), "Holt");
		organization = make.organization(TestSubjects.unique("Delta Works Agency"), "DWA");
		event = make.event(TestSubjects.unique("Barrage opening"), "2026-11-02 10:00", null);
		Event earlier = make.event(TestSubjects.unique("Barrage vote"), "2019", null);
		subjects.affiliate(person.getId(), new AddAffiliation(organization.getId(), "Chief engineer",
				LocalDate.of(2016, 4, 1), null, true), null, editor.toActor());
		subjects.addParticipant(event.getId(), person.getId(), "Opened the gates", editor.toActor());
		subjects.followUpOn(event.getId(), earlier.getId(), editor.toActor());
		List<Mention> mentions = List.of(new Mention(person.getId(), Mention.Prominence.PRIMARY, Mention.Source.MANUAL),
				new Mention(organization.getId(), Mention.Prominence.MENTIONED, Mention.Source.MANUAL),
				new Mention(event.getId(), Mention.Prominence.PRIMARY, Mention.Source.MANUAL));
		articles.update(story.getId(), new SaveArticle(new ArticleContent(story.getHeadline(), story.getDek(),
				story.getBodyHtml() + "<p>Holt of the DWA spoke.</p><figure><img src=\"/media/" + picture.hash()
						+ "/960.jpg\" alt=\"The gates from the river bank\" width=\"960\" height=\"600\"><figcaption>The gates "
						+ "<span class=\"credit\">Ria Moss / Delta Wire</span></figcaption></figure>", story.getDateline(),
				List.of(), mentions),
				story.getSection().getId(), null, null), editor.toActor());
		Article related = new TestArticles(articles, editor.toActor()).story("Valid markup: engineers look back")
			.body("<p>Holt remembers.</p>").links(mentions).draft();
		context.getBean(org.dateline.article.ArticleImages.class).setLeadImage(story.getId(),
				new org.dateline.article.ArticleImages.LeadImage(picture.id(), null, "Six steel gates across a river mouth",
						false), editor.toActor());
		context.getBean(org.dateline.subject.SubjectImages.class).setImage(person.getId(), picture.id());
		context.getBean(org.dateline.subject.SubjectImages.class).setImage(organization.getId(), picture.id());
		articles.publish(related.getId(), editor.toActor());
		articles.publish(story.getId(), editor.toActor());
		articles.addCorrection(story.getId(), CorrectionKind.UPDATE, "The second lock opens in May.", editor.toActor());
		frontPage.forDesk().stream().filter(s -> s.articleId() == story.getId()).findAny()
			.ifPresentOrElse(s -> { }, () -> {
				if (frontPage.forDesk().size() < FrontPageService.MAX_TOP_STORIES) {
					frontPage.add(story.getId());
				}
			});
	}

	void assertValid(String path) throws Exception {
		String html = mvc.perform(get(URI.create(path)).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).as(path).startsWith("<!DOCTYPE html>");
		assertThat(HtmlChecker.errors(html)).as("HTML errors in " + path).isEmpty();
	}

	@Test
	void theFrontPageIsValid() throws Exception {
		assertValid("/");
	}

	@Test
	void aStoryPageWithBylinesAndCorrectionsIsValid() throws Exception {
		assertValid("/articles/" + story.getSlug());
	}

	@Test
	void aSectionPageIsValid() throws Exception {
		assertValid("/sections/news");
	}

	@Test
	void searchPagesAreValidWithResultsWithoutThemAndEmpty() throws Exception {
		assertValid("/search?q=barrage");
		assertValid("/search?q=the");
		assertValid("/search?q=zzqqxxnonword");
		assertValid("/search");
	}

	@Test
	void subjectPagesAreValid() throws Exception {
		assertValid("/people/" + person.getSlug());
		assertValid("/organizations/" + organization.getSlug());
		assertValid("/events/" + event.getSlug());
		assertValid("/search?q=barrage&subject=" + person.getSlug());
	}

	@Test
	void theNotFoundPageIsValid() throws Exception {
		assertValid("/articles/no-such-story-here");
	}

	@Test
	void theSignInPageIsValid() throws Exception {
		assertValid("/login");
	}

}
