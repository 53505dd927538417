package org.dateline.desk;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Affiliation;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /desk/suggestions} on the real database: known subjects, new ones, rejections and bad input. */
@IntegrationTest
class DeskSuggestionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubjectService subjects;

	@Autowired
	SubjectDirectory directory;

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

	JsonNode suggest(DeskUser who, String text, Long articleId) throws Exception {
		var request = post("/desk/suggestions").with(user(who)).with(csrf()).param("text", text);
		if (articleId != null) {
			request.param("articleId", String.valueOf(articleId));
		}
		return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	JsonNode named(JsonNode response, String name) {
		for (JsonNode s : response.get("suggestions")) {
			if (s.get("name").asString().equals(name)) {
				return s;
			}
		}
		return null;
	}

	@Test
	void knownSubjectsComeBackWithTheirIdsAndNewPeopleWithTheirRoles() throws Exception {
		String surname = TestSubjects.unique("Quellberg").replace(" ", "");
		Person person = make.person("Ilse " + surname, surname);
		JsonNode response = suggest(new TestAccounts(context).create(Role.REPORTER),
				"<p>Foreign Minister Ilse " + surname + " met <b>Harbour Commissioner Tove Lindqvist</b> on Monday.</p>"
						+ "<p>" + surname + "'s office said the talks went well.</p>", null);
		JsonNode known = named(response, person.getName());
		assertThat(known.get("kind").asString()).isEqualTo("PERSON");
		assertThat(known.get("subjectId").asLong()).isEqualTo(person.getId());
		assertThat(known.get("matched").toString()).contains("Ilse " + surname, surname);
		JsonNode candidate = named(response, "Tove Lindqvist");
		assertThat(candidate.get("subjectId").isNull()).isTrue();
		assertThat(candidate.get("role").asString()).isEqualTo("Harbour Commissioner");
		assertThat(candidate.has("organization")).isTrue();
	}

	@Test
	void aChangeToASubjectShowsInTheVeryNextSuggestion() throws Exception {
		String alias = TestSubjects.unique("Brennvik").replace(" ", "");
		String text = "Officials from " + alias + " arrived late.";
		Person person = make.person(TestSubjects.unique("Aksel Moen"));
		assertThat(named(suggest(editor, text, null), person.getName())).isNull();
		subjects.update(person.getId(), new SavePerson(person.getName(), null, null,
				List.of(alias), null, null), editor.toActor());
		assertThat(named(suggest(editor, text, null), person.getName())).as("after adding an alias").isNotNull();
	}

	@Test
	void aRejectedSuggestionIsNotOfferedAgainForThatStory() throws Exception {
		Person person = make.person(TestSubjects.unique("Runa Haldersen"));
		Article story = new TestArticles(articles, editor.toActor()).story("Rejections").body("<p>x</p>").draft();
		String text = person.getName() + " spoke.";
		JsonNode before = named(suggest(editor, text, story.getId()), person.getName());
		mvc.perform(post("/desk/articles/" + story.getId() + "/suggestions/reject").with(user(editor)).with(csrf())
			.param("key", before.get("key").asString())).andExpect(status().isOk());
		assertThat(named(suggest(editor, text, story.getId()), person.getName())).isNull();
		assertThat(named(suggest(editor, text, null), person.getName())).as("other stories still get it").isNotNull();
	}

	@Test
	void emptyAndOversizedTextAndHtmlAreHandled() throws Exception {
		assertThat(suggest(editor, "", null).get("suggestions")).isEmpty();
		String huge = "a".repeat(1_000_001);
		String body = mvc.perform(post("/desk/suggestions").with(user(editor)).with(csrf()).param("text", huge))
			.andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(body).get("error").asString()).contains("over 1 MB");
		Person person = make.person(TestSubjects.unique("Tarjei Ostby"));
		JsonNode fromAttributes = suggest(editor, "<a title=\"" + person.getName() + "\" href=\"https://example.org\">link</a>",
				null);
		assertThat(named(fromAttributes, person.getName())).as("names inside tags are not text").isNull();
	}

	@Test
	void acceptingACandidateCreatesThePersonWithAliasRoleAndOrganization() throws Exception {
		String name = TestSubjects.unique("Oona Lindahl");
		String organization = TestSubjects.unique("Transport Workers' Confederation");
		JsonNode created = json.readTree(mvc.perform(post("/desk/subjects").with(user(editor)).with(csrf())
			.param("name", name).param("kind", "PERSON").param("aliases", "Lindahl | " + name)
			.param("role", "general secretary").param("organization", organization))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long id = created.get("subject").get("id").asLong();
		Person person = (Person) subjects.get(id);
		assertThat(person.getAliasNames()).containsExactly("Lindahl");
		Affiliation role = person.currentAffiliation().orElseThrow();
		assertThat(role.getRole()).isEqualTo("general secretary");
		assertThat(subjects.get(role.getOrganizationId()).getName()).isEqualTo(organization);
	}


	@Test
	void aRoleThatCannotBeAddedLeavesNeitherThePersonNorTheOrganizationBehind() throws Exception {
		String name = TestSubjects.unique("Oona Lindahl");
		String organization = TestSubjects.unique("Dock Workers' Union");
		String answer = mvc.perform(post("/desk/subjects").with(user(editor)).with(csrf())
			.param("name", name).param("kind", "PERSON")
			.param("role", "r".repeat(Affiliation.ROLE_MAX + 1)).param("organization", organization))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(answer).get("error").asString()).contains("Keep the role");
		assertThat(directory.resolve(name, java.util.EnumSet.of(SubjectKind.PERSON))).isEmpty();
		assertThat(directory.resolve(organization, java.util.EnumSet.of(SubjectKind.ORGANIZATION))).isEmpty();
	}

}
