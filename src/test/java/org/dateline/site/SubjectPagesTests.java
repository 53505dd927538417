package org.dateline.site;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.Mention;
import org.dateline.article.Mention.Prominence;
import org.dateline.article.TestArticles;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What readers get from the knowledge graph: subject pages with coverage timelines, subject links
 * and expanded coverage on stories, structured data, subject feeds and the subject search filter,
 * each page in a fixed number of SQL statements.
 */
@IntegrationTest
class SubjectPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	SubjectService subjects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	Actor editor;

	TestSubjects make;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
		make = new TestSubjects(context, editor);
	}

	Article publish(String headline, String body, Object... links) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < links.length; i += 2) {
			mentions.add(new Mention(((Subject) links[i]).getId(), (Prominence) links[i + 1], Mention.Source.MANUAL));
		}
		return new TestArticles(articles, editor).story(headline).body(body).dateline("Tollan").byline("Staff")
			.links(mentions).publish();
	}

	void backdate(Article article, int days) {
		jdbc.sql("update article set published_at = published_at - make_interval(days => ?) where id = ?")
			.params(days, article.getId()).update();
	}

	Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(path)).accept(MediaType.TEXT_HTML))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void aPersonPageShowsTheCurrentRoleOtherRolesTimelineAndCompanions() throws Exception {
		Person person = make.person(TestSubjects.unique("Ilse Varga"), "Varga");
		Organization ministry = make.organization(TestSubjects.unique("Foreign Ministry"));
		Organization party = make.organization(TestSubjects.unique("Civic Union"));
		subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(), "Foreign Minister",
				LocalDate.of(2022, 3, 1), null, true), null, editor);
		subjects.affiliate(person.getId(), new AddAffiliation(party.getId(), "Spokeswoman", LocalDate.of(2015, 1, 1),
				LocalDate.of(2020, 1, 1), false), null, editor);
		Article older = publish("Varga opens fisheries talks", "<p>Varga spoke.</p>", person, Prominence.PRIMARY,
				ministry, Prominence.MENTIONED);
		backdate(older, 62);
		publish("Varga meets her counterpart", "<p>Talks.</p>", person, Prominence.MENTIONED, ministry,
				Prominence.MENTIONED, party, Prominence.MENTIONED);
		Article draft = new TestArticles(articles, editor).story("Unpublished Varga profile").body("<p>Draft.</p>")
			.about(person.getId()).draft();

		Document doc = page("/people/" + person.getSlug());
		assertThat(doc.select("h1").text()).isEqualTo(person.getName());
		assertThat(doc.select(".subject-role").text()).contains("Foreign Minister", ministry.getName(), "since March 2022");
		assertThat(doc.select(".subject-side").text()).contains("Other roles", "Spokeswoman", party.getName(), "2015–2020");
		assertThat(doc.select(".aliases").text()).contains("Varga");
		assertThat(doc.select(".timeline-list a").eachText())
			.containsExactly("Varga meets her counterpart", "Varga opens fisheries talks")
			.doesNotContain(draft.getHeadline());
		assertThat(doc.select(".timeline-month h3")).hasSize(2);
		assertThat(doc.select(".timeline-list li.primary a").eachText()).containsExactly("Varga opens fisheries talks");
		assertThat(doc.select("#companions-heading + ul li").eachText())
			.first().asString().startsWith(ministry.getName()).endsWith("(2)");

		JsonNode data = json.readTree(doc.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("@type").asString()).isEqualTo("Person");
		assertThat(data.get("jobTitle").asString()).isEqualTo("Foreign Minister");
		assertThat(data.get("affiliation").get("name").asString()).isEqualTo(ministry.getName());
		assertThat(data.get("url").asString()).endsWith("/people/" + person.getSlug());
	}

	@Test
	void theTimelineIsPaginatedNewestFirst() throws Exception {
		Organization org = make.organization(TestSubjects.unique("Port Authority"));
		for (int i = 1; i <= 22; i++) {
			Article a = publish("Port authority story " + i, "<p>Cargo.</p>", org, Prominence.PRIMARY);
			backdate(a, 23 - i);
		}
		Document first = page("/organizations/" + org.getSlug());
		assertThat(first.select(".timeline-list li")).hasSize(20);
		assertThat(first.select(".timeline-list a").first().text()).isEqualTo("Port authority story 22");
		assertThat(first.select(".coverage-timeline .meta").first().text()).startsWith("22 stories");
		Document second = page("/organizations/" + org.getSlug() + "?page=2");
		assertThat(second.select(".timeline-list a").eachText())
			.containsExactly("Port authority story 2", "Port authority story 1");
		assertThat(mvc.perform(get("/organizations/" + org.getSlug() + "?page=3")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anOrganizationPageListsItsPeopleAndParent() throws Exception {
		Organization ministry = make.organization(TestSubjects.unique("Maritime Ministry"));
		Organization guard = (Organization) subjects.create(new SaveOrganization(
				TestSubjects.unique("Coast Guard"), null, null, List.of("CG"),
				org.dateline.subject.OrganizationKind.AGENCY, "Maressa", ministry.getId(), null), editor);
		Person chief = make.person(TestSubjects.unique("Admiral Lund"));
		subjects.affiliate(chief.getId(), new AddAffiliation(guard.getId(), "Commander", null, null, true), null, editor);
		Document doc = page("/organizations/" + guard.getSlug());
		assertThat(doc.select(".subject-facts").text()).contains("Agency", "Maressa", "part of", ministry.getName());
		assertThat(doc.select("#people-heading + ul").text()).contains(chief.getName(), "Commander");
		JsonNode data = json.readTree(doc.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("@type").asString()).isEqualTo("Organization");
		assertThat(data.get("parentOrganization").get("name").asString()).isEqualTo(ministry.getName());
	}

	@Test
	void anEventPageShowsWhenAtItsPrecisionWhereParticipantsAndRelatedEvents() throws Exception {
		Event first = make.event(TestSubjects.unique("First round"), "2026-09", null);
		Event second = make.event(TestSubjects.unique("Second round"), "2026-10-04 14:30", "2026-10-05");
		subjects.followUpOn(second.getId(), first.getId(), editor);
		Person mediator = make.person(TestSubjects.unique("Lukas Brandvold"));
		subjects.addParticipant(second.getId(), mediator.getId(), "Mediator", editor);

		Document doc = page("/events/" + second.getSlug());
		assertThat(doc.select(".event-facts").text()).contains("4 October 2026, 14:30", "5 October 2026", "Odenburg",
				"Concluded", "Negotiation");
		assertThat(doc.select(".event-facts time").first().attr("datetime")).isEqualTo("2026-10-04T14:30");
		assertThat(doc.select("#participants-heading + ul").text()).contains(mediator.getName(), "Mediator");
		assertThat(doc.select("#related-heading + ul").text()).contains("Followed up on:", first.getName(),
				"September 2026");
		Document earlier = page("/events/" + first.getSlug());
		assertThat(earlier.select(".event-facts time").first().text()).isEqualTo("September 2026");
		assertThat(earlier.select("#related-heading + ul").text()).contains("Followed by:", second.getName());

		JsonNode data = json.readTree(doc.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("@type").asString()).isEqualTo("Event");
		assertThat(data.get("startDate").asString()).isEqualTo("2026-10-04T14:30");
		assertThat(data.get("location").get("name").asString()).isEqualTo("Odenburg");
		assertThat(data.get("attendee").get(0).get("name").asString()).isEqualTo(mediator.getName());
	}

	@Test
	void aRenamedOrMergedSubjectsOldSlugRedirects() throws Exception {
		Person person = make.person(TestSubjects.unique("Teodor Vasko"));
		String oldSlug = person.getSlug();
		subjects.update(person.getId(), new SavePerson(person.getName(), oldSlug + "-renamed",
				null, List.of(), null, null), editor);
		assertThat(mvc.perform(get("/people/" + oldSlug)).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/people/" + oldSlug + "-renamed");

		Person duplicate = make.person(TestSubjects.unique("T. Vasko"));
		subjects.merge(duplicate.getId(), person.getId(), editor);
		MockHttpServletResponse moved = mvc.perform(get("/people/" + duplicate.getSlug())).andReturn().getResponse();
		assertThat(moved.getStatus()).isEqualTo(301);
		assertThat(moved.getHeader("Location")).isEqualTo("/people/" + oldSlug + "-renamed");
		assertThat(mvc.perform(get("/people/no-such-person-anywhere")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/organizations/" + oldSlug + "-renamed")).andReturn().getResponse().getStatus())
			.as("a person is not found under organizations").isEqualTo(404);
	}

	@Test
	void theStoryPageLinksSubjectsTheirFirstMentionsAndCarriesThemInJsonLd() throws Exception {
		Person person = make.person(TestSubjects.unique("Mirela Kostan"), "Kostan");
		Organization party = make.organization(TestSubjects.unique("Coastal Labour"), "Labour");
		Article story = publish("Kostan campaigns at the docks",
				"<p>Opposition leader Kostan spoke at the docks, where KOSTAN supporters gathered.</p>"
						+ "<p>Labour activists handed out leaflets. <a href=\"https://example.org/\">Kostan site</a></p>",
				person, Prominence.PRIMARY, party, Prominence.MENTIONED);
		Document doc = page("/articles/" + story.getSlug());
		assertThat(doc.select(".story-subjects li").eachText()).containsExactly("Person " + person.getName(),
				"Organization " + party.getName());
		assertThat(doc.select(".story-subjects li.primary").text()).contains(person.getName());
		assertThat(doc.select(".body a.subject-link")).hasSize(2);
		assertThat(doc.select(".body a.subject-link").eachText()).containsExactly("Kostan", "Labour");
		assertThat(doc.select(".body a.subject-link").first().attr("href")).isEqualTo("/people/" + person.getSlug());
		assertThat(doc.select(".body a[href=https://example.org/]").text()).isEqualTo("Kostan site");
		String stored = articles.get(story.getId()).getBodyHtml();
		assertThat(stored).doesNotContain("subject-link");

		JsonNode data = json.readTree(doc.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("about").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(data.get("about").get(0).get("url").asString()).endsWith("/people/" + person.getSlug());
		assertThat(data.get("mentions").get(0).get("@type").asString()).isEqualTo("Organization");
	}

	@Test
	void expandedCoverageRanksBySharedProminentSubjectsAndRecency() throws Exception {
		Person minister = make.person(TestSubjects.unique("Anselm Dorn"));
		Event talks = make.event(TestSubjects.unique("Corran talks"), "2026-08", null);
		Organization guard = make.organization(TestSubjects.unique("Coast Guard"));
		Article oldButClose = publish("Old story about the minister and the talks", "<p>x</p>", minister,
				Prominence.PRIMARY, talks, Prominence.PRIMARY);
		backdate(oldButClose, 200);
		Article bothPrimary = publish("Minister leads talks", "<p>x</p>", minister, Prominence.PRIMARY, talks,
				Prominence.PRIMARY);
		Article onePrimary = publish("Minister visits port", "<p>x</p>", minister, Prominence.PRIMARY);
		Article oneMention = publish("Coast guard patrols", "<p>x</p>", guard, Prominence.MENTIONED);
		Article unrelated = publish("Unrelated cup final", "<p>x</p>");
		Article hidden = new TestArticles(articles, editor).story("Draft about the minister").body("<p>x</p>")
			.about(minister.getId()).draft();
		Article story = publish("The minister and the talks, again", "<p>x</p>", minister, Prominence.PRIMARY, talks,
				Prominence.PRIMARY, guard, Prominence.MENTIONED);

		Document doc = page("/articles/" + story.getSlug());
		assertThat(doc.select(".expanded-coverage h3").eachText()).containsExactly(bothPrimary.getHeadline(),
				onePrimary.getHeadline(), oneMention.getHeadline(), oldButClose.getHeadline())
			.doesNotContain(unrelated.getHeadline(), hidden.getHeadline(), story.getHeadline());
	}

	@Test
	void subjectFeedsAndTheSearchFilterCoverOnlyThatSubjectsStories() throws Exception {
		Organization union = make.organization(TestSubjects.unique("Dockworkers Union"));
		String word = "zebrafish" + System.nanoTime() % 100000;
		Article about = publish("Union strike over " + word, "<p>The " + word + " row.</p>", union, Prominence.PRIMARY);
		Article other = publish("Council on " + word, "<p>Also " + word + ".</p>");

		MockHttpServletResponse response = mvc.perform(get("/organizations/" + union.getSlug() + "/feed.atom"))
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getContentAsString()));
		assertThat(feed.getTitle()).startsWith(union.getName());
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(about.getHeadline());

		Document all = page("/search?q=" + word);
		assertThat(all.select(".results h2, .results h3").eachText()).contains(about.getHeadline(), other.getHeadline());
		Document narrowed = page("/search?q=" + word + "&subject=" + union.getSlug());
		assertThat(narrowed.select(".results h2, .results h3").eachText()).contains(about.getHeadline())
			.doesNotContain(other.getHeadline());
		assertThat(narrowed.select("#subject").attr("value")).isEqualTo(union.getSlug());
		Document unknown = page("/search?q=" + word + "&subject=nobody-at-all");
		assertThat(unknown.text()).contains("was not found, so all stories were searched");
	}

	@Test
	void subjectPagesWithCoverageAreInTheirOwnSitemap() throws Exception {
		Person covered = make.person(TestSubjects.unique("Covered Person"));
		Person uncovered = make.person(TestSubjects.unique("Uncovered Person"));
		publish("A story about the covered person", "<p>x</p>", covered, Prominence.PRIMARY);
		String xml = mvc.perform(get("/sitemap-subjects.xml")).andReturn().getResponse().getContentAsString();
		ReaderSiteTests.validate(xml);
		assertThat(xml).contains("/people/" + covered.getSlug() + "</loc>")
			.doesNotContain("/people/" + uncovered.getSlug() + "</loc>");
		assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString())
			.contains("/sitemap-subjects.xml");

		// past the page size, an index of pages that together list every subject with coverage
		SitemapController small = new SitemapController(context.getBean(org.dateline.article.reader.ReaderArticles.class),
				context.getBean(SiteUrls.class), context.getBean(org.dateline.shared.DatelineProperties.class), 1,
				java.time.Clock.systemUTC(), context.getBean(org.dateline.coverage.SubjectListings.class),
				context.getBean(org.dateline.cache.ResponseKeys.class));
		String index = small.subjectSitemap().getBody();
		ReaderSiteTests.validate(index);
		assertThat(index).contains("<sitemapindex", "/sitemap-subjects-1.xml", "/sitemap-subjects-2.xml");
		String first = small.subjectSitemapPage("1").getBody();
		ReaderSiteTests.validate(first);
		assertThat(first).contains("<urlset");
	}

	@Test
	void subjectAndStoryPagesRunAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
		Person small = make.person(TestSubjects.unique("Small Subject"));
		Article smallStory = publish("A story with one subject", "<p>Small Subject.</p>", small, Prominence.PRIMARY);

		Person big = make.person(TestSubjects.unique("Big Subject"), "Big", "B. Subject");
		Organization org = make.organization(TestSubjects.unique("Big Org"));
		subjects.affiliate(big.getId(), new AddAffiliation(org.getId(), "Chair", null, null, true), null, editor);
		Event event = make.event(TestSubjects.unique("Big Event"), "2026-05", null);
		List<Object> links = new ArrayList<>(List.of(big, Prominence.PRIMARY, org, Prominence.MENTIONED, event,
				Prominence.MENTIONED));
		for (int i = 0; i < 8; i++) {
			Person extra = make.person(TestSubjects.unique("Extra Person"));
			subjects.addParticipant(event.getId(), extra.getId(), "Delegate", editor);
			subjects.affiliate(extra.getId(), new AddAffiliation(org.getId(), "Member", null, null, true), null, editor);
			links.add(extra);
			links.add(Prominence.MENTIONED);
		}
		Article bigStory = null;
		for (int i = 0; i < 12; i++) {
			bigStory = publish("A story with many subjects " + i, "<p>Big Subject and Big Org.</p>", links.toArray());
		}

		int storySmall = statements("/articles/" + smallStory.getSlug());
		int storyBig = statements("/articles/" + bigStory.getSlug());
		int personSmall = statements("/people/" + small.getSlug());
		int personBig = statements("/people/" + big.getSlug());
		// section navigation, story (with its lead image's id and alt text, bylines and corrections),
		// subjects (with their pictures' ids) and expanded coverage; a story with no picture anywhere
		// asks for none
		assertThat(storyBig).isEqualTo(storySmall).isEqualTo(4);
		// section navigation, subject, roles, timeline with its count, companions, the portrait
		assertThat(personBig).isEqualTo(personSmall).isEqualTo(6);
		assertThat(statements("/organizations/" + org.getSlug())).isEqualTo(6);
		// ... and for an event, participants and related events instead of roles
		assertThat(statements("/events/" + event.getSlug())).isEqualTo(7);
	}

	private int statements(String path) throws Exception {
		SqlStatements.record();
		page(path);
		List<String> statements = SqlStatements.stop();
		assertThat(statements).as(path).isNotEmpty();
		return statements.size();
	}

}
