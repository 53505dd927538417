package org.dateline.desk;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.Mention;
import org.dateline.article.Mention.Prominence;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editors managing people, organizations and events on the desk, and linking them to stories. */
@IntegrationTest
class DeskSubjectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubjectService subjects;

	@Autowired
	ArticleService articles;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	TestSubjects make;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
		make = new TestSubjects(context, editor.toActor());
	}

	long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void anEditorCreatesAPersonFindsItAndEditsIt() throws Exception {
		String name = TestSubjects.unique("Lukas Brandvold");
		MvcResult created = mvc.perform(post("/desk/people").with(user(editor)).with(csrf())
			.param("name", name).param("description", "Helvaran mediator")
			.param("aliases", "Brandvold\nL. Brandvold").param("summary", "Veteran diplomat."))
			.andExpect(status().isFound()).andExpect(flash().attribute("message", "Person created.")).andReturn();
		long id = idFrom(created);
		Document list = Jsoup.parse(mvc.perform(get("/desk/people").param("q", "l brandvold").with(user(editor)))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.select("table.subjects td a").eachText()).contains(name);

		Person person = (Person) subjects.get(id);
		mvc.perform(post("/desk/people/" + id).with(user(editor)).with(csrf()).param("name", name)
			.param("description", "Helvaran special envoy").param("aliases", "Brandvold")
			.param("version", String.valueOf(person.getVersion())))
			.andExpect(status().isFound()).andExpect(flash().attribute("message", "Saved."));
		assertThat(((Person) subjects.get(id)).getDescription()).isEqualTo("Helvaran special envoy");
		assertThat(subjects.get(id).getAliasNames()).containsExactly("Brandvold");
	}

	@Test
	void eachKindsFormAsksOnlyForItsOwnFields() throws Exception {
		Document person = Jsoup.parse(mvc.perform(get("/desk/people/new").with(user(editor))).andReturn().getResponse()
			.getContentAsString());
		assertThat(person.select("#description")).hasSize(1);
		assertThat(person.select("#country, #start, #parent")).isEmpty();
		Document organization = Jsoup.parse(mvc.perform(get("/desk/organizations/new").with(user(editor))).andReturn()
			.getResponse().getContentAsString());
		assertThat(organization.select("#country, #parent, #organizationKind")).hasSize(3);
		assertThat(organization.select("#description, #start")).isEmpty();
		Document event = Jsoup.parse(mvc.perform(get("/desk/events/new").with(user(editor))).andReturn().getResponse()
			.getContentAsString());
		assertThat(event.select("#start, #end, #place, #status, #eventKind")).hasSize(5);
		assertThat(event.select("#description, #country")).isEmpty();
	}

	@Test
	void badInputComesBackWithClearMessagesAndTheTextKept() throws Exception {
		mvc.perform(post("/desk/people").with(user(editor)).with(csrf()).param("name", " ")
			.param("summary", "A summary worth keeping."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every subject needs a name.")))
			.andExpect(content().string(containsString("A summary worth keeping.")));
		mvc.perform(post("/desk/people").with(user(editor)).with(csrf()).param("name", "Omar al-Rashid")
			.param("aliases", "Al Rashid\nal-Rashid"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The alias &#39;al-Rashid&#39; is listed twice")));
		mvc.perform(post("/desk/events").with(user(editor)).with(csrf()).param("name", "Backwards talks")
			.param("start", "2026-10-04").param("end", "2026-10-01").param("eventKind", "NEGOTIATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end (1 October 2026) is before the start (4 October 2026).")));
		mvc.perform(post("/desk/events").with(user(editor)).with(csrf()).param("name", "Vague talks")
			.param("start", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write a date as 2026, 2026-10, 2026-10-04")));
	}

	@Test
	void overlappingRolesAndSelfFollowUpsAreRefusedWithAReason() throws Exception {
		Person person = make.person(TestSubjects.unique("Clara Wendt"));
		Organization ministry = make.organization(TestSubjects.unique("Foreign Ministry"));
		mvc.perform(post("/desk/people/" + person.getId() + "/affiliations").with(user(editor)).with(csrf())
			.param("organization", ministry.getName()).param("role", "Minister").param("since", "2022-01-01")
			.param("current", "true"))
			.andExpect(flash().attribute("message", "Role added."));
		mvc.perform(post("/desk/people/" + person.getId() + "/affiliations").with(user(editor)).with(csrf())
			.param("organization", "").param("organizationId", String.valueOf(ministry.getId()))
			.param("role", "minister").param("since", "2023-05-01"))
			.andExpect(flash().attribute("error", containsString("overlapping dates")));
		mvc.perform(post("/desk/people/" + person.getId() + "/affiliations").with(user(editor)).with(csrf())
			.param("organization", "No Such Body Anywhere").param("role", "Chair"))
			.andExpect(flash().attribute("error", containsString("No organization called 'No Such Body Anywhere'")));

		Event event = make.event(TestSubjects.unique("Round two"), "2026-10", null);
		mvc.perform(post("/desk/events/" + event.getId() + "/follow-ups").with(user(editor)).with(csrf())
			.param("eventId", String.valueOf(event.getId())))
			.andExpect(flash().attribute("error", "An event cannot follow up on itself."));
	}

	@Test
	void aRefusedRoleComesBackAsTyped() throws Exception {
		Person person = make.person(TestSubjects.unique("Ines Halloran"));
		Organization board = make.organization(TestSubjects.unique("Port Board"));
		var refused = mvc.perform(post("/desk/people/" + person.getId() + "/affiliations").with(user(editor)).with(csrf())
			.param("organization", board.getName()).param("role", "Deputy chair").param("since", "last spring")
			.param("until", "2025-06-30").param("current", "true"))
			.andExpect(flash().attribute("error", "Give the start date as year-month-day, such as 2024-03-01."))
			.andReturn();
		// the page the editor is sent back to (same session) shows the message and keeps what they typed
		Document page = Jsoup.parse(mvc.perform(get("/desk/people/" + person.getId()).with(user(editor))
			.cookie(refused.getResponse().getCookies())).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("Give the start date as year-month-day");
		assertThat(page.select("#affiliation-organization").val()).isEqualTo(board.getName());
		assertThat(page.select("#affiliation-role").val()).isEqualTo("Deputy chair");
		assertThat(page.select("#affiliation-since").val()).isEqualTo("last spring");
		assertThat(page.select("#affiliation-until").val()).isEqualTo("2025-06-30");
		assertThat(page.select("#affiliation-current").hasAttr("checked")).isTrue();
		assertThat(page.select("#roles td").text()).doesNotContain(board.getName());
	}

	@Test
	void aParticipantThatDoesNotBindIsRefusedInPlainWordsAndKeptAsTyped() throws Exception {
		Event event = make.event(TestSubjects.unique("Harbour talks"), "2026-05", null);
		var refused = mvc.perform(post("/desk/events/" + event.getId() + "/participants").with(user(editor)).with(csrf())
			.param("participant", "Someone").param("participantId", "not-a-number").param("role", "Observer"))
			.andExpect(flash().attribute("error", containsString("could not read")))
			.andReturn();
		Document page = Jsoup.parse(mvc.perform(get("/desk/events/" + event.getId()).with(user(editor))
			.cookie(refused.getResponse().getCookies())).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#participant").val()).isEqualTo("Someone");
		assertThat(page.select("#participant-role").val()).isEqualTo("Observer");
		assertThat(page.select("#participants li")).isEmpty();
	}

	@Test
	void typedNamesThatFitSeveralSubjectsAskTheEditorToChoose() throws Exception {
		String surname = TestSubjects.unique("Novak");
		make.person("Anna " + surname, surname);
		make.person("Petr " + surname, surname);
		Event event = make.event(TestSubjects.unique("Summit"), "2026", null);
		mvc.perform(post("/desk/events/" + event.getId() + "/participants").with(user(editor)).with(csrf())
			.param("participant", surname).param("role", "Delegate"))
			.andExpect(flash().attribute("error", containsString("could be Anna " + surname)));
	}

	@Test
	void aConcurrentEditGetsTheConflictPageWithTheEditorsValuesKept() throws Exception {
		Person person = make.person(TestSubjects.unique("Radomir Teszka"));
		long loaded = person.getVersion();
		mvc.perform(post("/desk/people/" + person.getId()).with(user(editor)).with(csrf()).param("name", person.getName())
			.param("summary", "Their summary").param("version", String.valueOf(loaded)))
			.andExpect(status().isFound());
		String page = mvc.perform(post("/desk/people/" + person.getId()).with(user(editor)).with(csrf())
			.param("name", person.getName()).param("summary", "My summary").param("version", String.valueOf(loaded)))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.select(".conflict-table").text()).contains("Summary", "Their summary", "My summary");
		assertThat(doc.select("textarea#summary").text()).isEqualTo("My summary");
		assertThat(subjects.get(person.getId()).getSummary()).isEqualTo("Their summary");
	}

	@Test
	void deletingALinkedSubjectIsRefusedWithTheStoriesListed() throws Exception {
		Organization org = make.organization(TestSubjects.unique("Meridian Terminals"));
		Article story = new TestArticles(articles, editor.toActor()).story("Terminal plans automation").body("<p>x</p>")
			.about(org.getId()).draft();
		mvc.perform(post("/desk/organizations/" + org.getId() + "/delete").with(user(editor)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("1 story links")));
		assertThat(subjects.findBySlug(org.getSlug())).isPresent();
		Document page = Jsoup.parse(mvc.perform(get("/desk/organizations/" + org.getId()).with(user(editor)))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".linking-stories a").eachText()).containsExactly(story.getHeadline());
	}

	@Test
	void mergingFromTheDeskRedirectsToTheSurvivor() throws Exception {
		Person keep = make.person(TestSubjects.unique("Mousa Haddad"));
		Person duplicate = make.person(TestSubjects.unique("Musa Haddad"));
		mvc.perform(post("/desk/people/" + duplicate.getId() + "/merge").with(user(editor)).with(csrf())
			.param("into", keep.getName()))
			.andExpect(flash().attribute("error", containsString("Tick the box")));
		mvc.perform(post("/desk/people/" + duplicate.getId() + "/merge").with(user(editor)).with(csrf())
			.param("into", keep.getName()).param("confirm", "true"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", containsString("now belong to " + keep.getName())));
		assertThat(subjects.get(keep.getId()).getAliasNames()).contains(duplicate.getName());
		mvc.perform(get("/desk/people/" + duplicate.getId()).with(user(editor))).andExpect(status().isNotFound());
	}

	@Test
	void theStoryEditorLinksSubjectsByNameAndSavesThemWithTheRevision() throws Exception {
		Person person = make.person(TestSubjects.unique("Ilse Varga"), TestSubjects.unique("Varga"));
		Organization org = make.organization(TestSubjects.unique("Port Authority"));
		long section = articles.sections().get(0).getId();
		MvcResult created = mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Varga visits the port").param("body", "Text.").param("sectionId", String.valueOf(section))
			.param("linksShown", "true")
			.param("links[0].subjectId", String.valueOf(org.getId())).param("links[0].prominence", "MENTIONED")
			.param("addSubject", person.getAliasNames().get(0)).param("addProminence", "PRIMARY"))
			.andExpect(status().isFound()).andReturn();
		long id = idFrom(created);
		Article article = articles.get(id);
		assertThat(article.getMentions()).extracting(Mention::getSubjectId, Mention::getProminence)
			.containsExactly(tuple(person.getId(), Prominence.PRIMARY), tuple(org.getId(), Prominence.MENTIONED));
		assertThat(articles.latestRevision(id).getMentions()).contains("PRIMARY " + person.getId());

		Document editorPage = Jsoup.parse(mvc.perform(get("/desk/articles/" + id).with(user(editor))).andReturn()
			.getResponse().getContentAsString());
		assertThat(editorPage.select(".link-row .link-name a").eachText()).containsExactly(person.getName(), org.getName());

		// removing one link and saving keeps the other; a save without the panel keeps both
		mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf()).param("headline", "Varga visits the port")
			.param("body", "Text.").param("sectionId", String.valueOf(section)).param("version", String.valueOf(article.getVersion()))
			.param("linksShown", "true")
			.param("links[0].subjectId", String.valueOf(person.getId())).param("links[0].prominence", "PRIMARY")
			.param("links[1].subjectId", String.valueOf(org.getId())).param("links[1].prominence", "MENTIONED")
			.param("links[1].remove", "true"))
			.andExpect(status().isFound());
		assertThat(articles.get(id).getMentions()).extracting(Mention::getSubjectId).containsExactly(person.getId());

		mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf()).param("headline", "Varga visits the port")
			.param("body", "Text.").param("sectionId", String.valueOf(section))
			.param("linksShown", "true").param("links[0].subjectId", String.valueOf(person.getId()))
			.param("addSubject", "Nobody By This Name At All"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No person, organization or event called &#39;Nobody By This Name At All&#39;")));
	}

	@Test
	void aRoleAddedToAPersonSomeoneElseJustChangedIsRefusedWithAReason() throws Exception {
		Person person = make.person(TestSubjects.unique("Clara Wendt"));
		Organization union = make.organization(TestSubjects.unique("Harbour Union"));
		long loaded = person.getVersion();
		subjects.update(person.getId(), new SavePerson(person.getName(), null, "Changed meanwhile",
				List.of(), null, null), editor.toActor());
		mvc.perform(post("/desk/people/" + person.getId() + "/affiliations").with(user(editor)).with(csrf())
			.param("organizationId", String.valueOf(union.getId())).param("role", "Chair")
			.param("version", String.valueOf(loaded)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", containsString("Someone else changed this record")));
	}

	@Test
	void aStoryFormOpenDuringAMergeKeepsTheLinkOnTheSurvivor() throws Exception {
		Person keep = make.person(TestSubjects.unique("Mousa Haddad"));
		Person duplicate = make.person(TestSubjects.unique("Musa Hadad"));
		long section = articles.sections().get(0).getId();
		Article story = new TestArticles(articles, editor.toActor()).story("Merged while open").body("<p>x</p>")
			.section(section).about(duplicate.getId()).draft();
		subjects.merge(duplicate.getId(), keep.getId(), editor.toActor());
		// the editor's form still lists the duplicate
		mvc.perform(post("/desk/articles/" + story.getId()).with(user(editor)).with(csrf()).param("headline", "Merged while open")
			.param("body", "<p>x</p>").param("sectionId", String.valueOf(section))
			.param("version", String.valueOf(articles.get(story.getId()).getVersion())).param("linksShown", "true")
			.param("links[0].subjectId", String.valueOf(duplicate.getId())).param("links[0].prominence", "PRIMARY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer on record")))
			.andExpect(content().string(containsString(keep.getName())));
		assertThat(articles.get(story.getId()).getMentions()).extracting(Mention::getSubjectId).containsExactly(keep.getId());
	}

	@Test
	void searchAsYouTypeAndInlineCreateAnswerInJson() throws Exception {
		String name = TestSubjects.unique("Yelena Marov");
		Person person = make.person(name, "Marov");
		JsonNode found = json.readTree(mvc.perform(get("/desk/subjects/search").param("q", name.substring(0, 10))
			.param("kind", "PERSON").with(user(editor))).andReturn().getResponse().getContentAsString());
		assertThat(found.findValuesAsString("name")).contains(name);
		assertThat(found.get(0).get("id").asLong()).isPositive();

		String newName = TestSubjects.unique("Harbour Pilots Guild");
		MvcResult created = mvc.perform(post("/desk/subjects").with(user(editor)).with(csrf()).param("name", newName)
			.param("kind", "ORGANIZATION")).andExpect(status().isCreated()).andReturn();
		JsonNode body = json.readTree(created.getResponse().getContentAsString());
		assertThat(body.get("subject").get("name").asString()).isEqualTo(newName);
		assertThat(body.get("subject").get("kind").asString()).isEqualTo("ORGANIZATION");

		mvc.perform(post("/desk/subjects").with(user(editor)).with(csrf()).param("name", person.getName())
			.param("kind", "PERSON")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("already on record")));
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER);
		mvc.perform(post("/desk/subjects").with(user(reporter)).with(csrf()).param("name", "Reporter's subject")
			.param("kind", "PERSON")).andExpect(status().isForbidden());
	}

}
