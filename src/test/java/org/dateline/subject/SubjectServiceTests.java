package org.dateline.subject;

import java.time.LocalDate;
import java.util.List;

import org.dateline.account.AuditEvent;
import org.dateline.account.AuditLog;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.Mention;
import org.dateline.article.Mention.Prominence;
import org.dateline.article.TestArticles;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knowledge graph's rules, on the real schema: names, roles, events, merging and deleting. */
@IntegrationTest
class SubjectServiceTests {

	@Autowired
	SubjectService subjects;

	@Autowired
	ArticleService articles;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Actor editor;

	TestSubjects make;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
		make = new TestSubjects(context, editor);
	}

	@Test
	void aPersonKeepsAliasesAndGetsASlugFromTheName() {
		String name = TestSubjects.unique("Ilse Varga");
		Person person = make.person(name, "Varga", "I. Varga");
		assertThat(person.getSlug()).startsWith("ilse-varga-");
		assertThat(((Person) subjects.get(person.getId())).getAliasNames()).containsExactlyInAnyOrder("Varga", "I. Varga");
		assertThat(jdbc.sql("select normalized from subject_alias where subject_id = ? order by normalized")
			.param(person.getId()).query(String.class).list()).containsExactly("i varga", "varga");
	}

	@Test
	void aDuplicateAliasOrTheNameItselfIsRefused() {
		String name = TestSubjects.unique("Omar al-Rashid");
		assertThatThrownBy(() -> make.person(name, "Al Rashid", "al-Rashid"))
			.isInstanceOf(DomainException.class).hasMessageContaining("listed twice");
		assertThatThrownBy(() -> make.person(name, name.toUpperCase()))
			.isInstanceOf(DomainException.class).hasMessageContaining("the name itself");
	}

	@Test
	void rolesInTheSameOrganizationMayNotOverlapAndOnlyOneIsCurrent() {
		Person person = make.person(TestSubjects.unique("Clara Wendt"));
		Organization ministry = make.organization(TestSubjects.unique("Foreign Ministry"));
		subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(), "Deputy Minister",
				LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31), false), null, editor);
		subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(), "Minister", LocalDate.of(2022, 1, 1),
				null, true), null, editor);

		assertThatThrownBy(() -> subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(),
				"deputy minister", LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 1), false), null, editor))
			.isInstanceOf(DomainException.class).hasMessageContaining("overlapping dates");
		assertThatThrownBy(() -> subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(), "Adviser",
				LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), false), null, editor))
			.hasMessageContaining("cannot end");
		// the same title later, after the first spell ended, is fine
		subjects.affiliate(person.getId(), new AddAffiliation(ministry.getId(), "Deputy Minister",
				LocalDate.of(2030, 1, 1), null, false), null, editor);

		Organization party = make.organization(TestSubjects.unique("Civic Union"));
		subjects.affiliate(person.getId(), new AddAffiliation(party.getId(), "Chair", null, null, true), null, editor);
		Person reloaded = (Person) subjects.get(person.getId());
		assertThat(reloaded.getAffiliations()).filteredOn(Affiliation::isCurrent).singleElement()
			.extracting(Affiliation::getOrganizationId).isEqualTo(party.getId());
	}

	@Test
	void anEventCannotEndBeforeItStartsNorFollowUpOnItself() {
		assertThatThrownBy(() -> make.event(TestSubjects.unique("Talks"), "2026-10-04", "2026-10-02"))
			.isInstanceOf(DomainException.class).hasMessageContaining("before it starts");
		assertThatThrownBy(() -> make.event(TestSubjects.unique("Talks"), "2026-10-04", "2026-11"))
			.hasMessageContaining("as precisely as the start");
		Event event = make.event(TestSubjects.unique("Talks"), "2026-10-04 14:00", "2026-10-05");
		assertThatThrownBy(() -> subjects.followUpOn(event.getId(), event.getId(), editor))
			.hasMessageContaining("cannot follow up on itself");
		assertThat(((Event) subjects.get(event.getId())).getStart().display()).isEqualTo("4 October 2026, 14:00");
	}

	@Test
	void anOrganizationCannotBecomeItsOwnAncestor() {
		Organization ministry = make.organization(TestSubjects.unique("Ministry"));
		Organization agency = (Organization) subjects.create(new SaveOrganization(
				TestSubjects.unique("Coast Guard"), null, null, List.of(), OrganizationKind.AGENCY, null,
				ministry.getId(), null), editor);
		assertThatThrownBy(() -> subjects.update(ministry.getId(), new SaveOrganization(
				ministry.getName(), null, null, List.of(), OrganizationKind.GOVERNMENT_BODY, null, agency.getId(),
				ministry.getVersion()), editor))
			.hasMessageContaining("its own ancestor");
	}

	@Test
	void aStaleSaveIsRefusedAndWritesNothing() {
		Person person = make.person(TestSubjects.unique("Radomir Teszka"));
		long loaded = person.getVersion();
		subjects.update(person.getId(), command(person, "First editor's summary", loaded), editor);
		assertThatThrownBy(() -> subjects.update(person.getId(), command(person, "Second editor's summary", loaded),
				editor)).isInstanceOf(StaleSubjectException.class);
		assertThat(subjects.get(person.getId()).getSummary()).isEqualTo("First editor's summary");
	}

	@Test
	void mergingMovesLinksNamesRolesAndParticipationToTheSurvivor() {
		Person survivor = make.person(TestSubjects.unique("Mousa Haddad"), "Haddad");
		Person duplicate = make.person(TestSubjects.unique("Musa Hadad"), "Hadad");
		Organization org = make.organization(TestSubjects.unique("Harbour Union"));
		subjects.affiliate(duplicate.getId(), new AddAffiliation(org.getId(), "Organiser", null, null, true), null, editor);
		Event talks = make.event(TestSubjects.unique("Harbour talks"), "2026-09", null);
		subjects.addParticipant(talks.getId(), duplicate.getId(), "Negotiator", editor);
		Article both = story("Both spellings in one story", survivor, Prominence.MENTIONED, duplicate, Prominence.PRIMARY);
		Article onlyDuplicate = story("Only the misspelling", duplicate, Prominence.MENTIONED, null, null);

		subjects.merge(duplicate.getId(), survivor.getId(), editor);

		assertThat(subjects.findBySlug(duplicate.getSlug())).isEmpty();
		Person merged = (Person) subjects.get(survivor.getId());
		assertThat(merged.getAliasNames()).contains("Haddad", duplicate.getName(), "Hadad");
		assertThat(merged.getAffiliations()).singleElement().extracting(Affiliation::getRole).isEqualTo("Organiser");
		assertThat(((Event) subjects.get(talks.getId())).getParticipants()).singleElement()
			.extracting(Participant::getSubjectId).isEqualTo(survivor.getId());
		assertThat(articles.get(both.getId()).getMentions()).singleElement()
			.satisfies(m -> {
				assertThat(m.getSubjectId()).isEqualTo(survivor.getId());
				assertThat(m.getProminence()).isEqualTo(Prominence.PRIMARY);
			});
		assertThat(articles.get(onlyDuplicate.getId()).getMentions()).extracting(Mention::getSubjectId)
			.containsExactly(survivor.getId());
		assertThat(jdbc.sql("select subject_id from subject_slug_alias where slug = ?").param(duplicate.getSlug())
			.query(Long.class).single()).isEqualTo(survivor.getId());
		assertThat(auditLog.search(editor.username(), null, null, null, PageRequest.of(0, 20)))
			.extracting(AuditEvent::getAction).contains("SUBJECTS_MERGED");
	}

	@Test
	void mergingOrganizationsNeverLeavesAHierarchyGoingRound() {
		Organization keep = make.organization(TestSubjects.unique("Maritime Ministry"));
		Organization duplicate = make.organization(TestSubjects.unique("Ministry of Maritime Affairs"));
		Organization child = (Organization) subjects.create(new SaveOrganization(
				TestSubjects.unique("Coast Guard"), null, null, List.of(), OrganizationKind.AGENCY, null,
				duplicate.getId(), null), editor);
		keep = (Organization) subjects.get(keep.getId());
		subjects.update(keep.getId(), new SaveOrganization(keep.getName(), null, null, List.of(),
				OrganizationKind.GOVERNMENT_BODY, null, child.getId(), keep.getVersion()), editor);

		subjects.merge(duplicate.getId(), keep.getId(), editor);

		assertThat(((Organization) subjects.get(child.getId())).getParentId()).isEqualTo(keep.getId());
		assertThat(((Organization) subjects.get(keep.getId())).getParentId()).as("the loop is cut").isNull();
	}

	@Test
	void subjectsOfDifferentKindsCannotBeMerged() {
		Person person = make.person(TestSubjects.unique("Anselm Dorn"));
		Organization org = make.organization(TestSubjects.unique("Dorn Shipping"));
		assertThatThrownBy(() -> subjects.merge(person.getId(), org.getId(), editor))
			.hasMessageContaining("same kind");
		assertThatThrownBy(() -> subjects.merge(person.getId(), person.getId(), editor))
			.hasMessageContaining("cannot absorb itself");
	}

	@Test
	void aSubjectStoriesLinkCannotBeDeletedButAnUnusedOneCan() {
		Organization linked = make.organization(TestSubjects.unique("Meridian Terminals"));
		story("Terminal operator plans automation", linked, Prominence.PRIMARY, null, null);
		assertThatThrownBy(() -> subjects.delete(linked.getId(), editor)).isInstanceOf(SubjectInUseException.class)
			.hasMessageContaining("Merge it");
		assertThat(subjects.findBySlug(linked.getSlug())).isPresent();

		Organization mistake = make.organization(TestSubjects.unique("Typo Org"));
		subjects.delete(mistake.getId(), editor);
		assertThat(subjects.findBySlug(mistake.getSlug())).isEmpty();
	}

	@Test
	void reportersCannotChangeSubjects() {
		Actor reporter = new TestAccounts(context).create(Role.REPORTER).toActor();
		assertThatThrownBy(() -> subjects.create(SavePerson.named("Someone", List.of()), reporter))
			.hasMessageContaining("Only editors");
	}

	private SavePerson command(Person person, String summary, long version) {
		return new SavePerson(person.getName(), null, summary, List.of(), null, version);
	}

	private Article story(String headline, Subject first, Prominence firstProminence, Subject second,
			Prominence secondProminence) {
		List<Mention> mentions = second == null
				? List.of(new Mention(first.getId(), firstProminence, Mention.Source.MANUAL))
				: List.of(new Mention(first.getId(), firstProminence, Mention.Source.MANUAL),
						new Mention(second.getId(), secondProminence, Mention.Source.MANUAL));
		return new TestArticles(articles, editor).story(headline).body("<p>Text.</p>").byline("Desk").links(mentions)
			.draft();
	}

}
