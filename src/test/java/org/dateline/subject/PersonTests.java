package org.dateline.subject;

import java.time.LocalDate;
import java.util.List;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person's own rules, on the aggregate alone: what a save command sets, roles, and merging. */
class PersonTests {

	final SubjectTestRules rules = new SubjectTestRules();

	Person person(String name) {
		return new Person(Slug.from(name, "person"), name, rules.clock());
	}

	@Test
	void aSaveSetsNameSummaryAliasesAndDescriptionTidied() {
		Person person = person("Ilse Varga");
		person.save(new SavePerson("  Ilse  Varga ", null, "  ", List.of(" I. Varga ", ""), " Foreign minister ", null),
				rules);
		assertThat(person.getName()).isEqualTo("Ilse  Varga");
		assertThat(person.getSummary()).isNull();
		assertThat(person.getAliasNames()).containsExactly("I. Varga");
		assertThat(person.getDescription()).isEqualTo("Foreign minister");
		assertThat(person.getUpdatedAt()).isEqualTo(SubjectTestRules.NOW);
	}

	@Test
	void anAliasThatIsTheNameOrRepeatsAnotherIsRefused() {
		Person person = person("Ilse Varga");
		assertThatThrownBy(() -> person.save(SavePerson.named("Ilse Varga", List.of("ILSE VARGA")), rules))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("is the name itself");
		assertThatThrownBy(() -> person.save(SavePerson.named("Ilse Varga", List.of("I. Varga", "i varga")), rules))
			.hasMessageContaining("listed twice");
	}

	@Test
	void aDescriptionLongerThanTheLimitIsRefused() {
		Person person = person("Ilse Varga");
		assertThatThrownBy(() -> person.save(new SavePerson("Ilse Varga", null, null, List.of(),
				"x".repeat(Person.DESCRIPTION_MAX + 1), null), rules))
			.hasMessageContaining(Person.DESCRIPTION_MAX + " characters");
	}

	@Test
	void aCommandForAnotherKindIsRefusedAndChangesNothing() {
		Person person = person("Ilse Varga");
		assertThatThrownBy(() -> person.save(SaveEvent.named("Summit", LocalDate.of(2026, 3, 1)), rules))
			.isInstanceOf(DomainException.class)
			.hasMessage("Ilse Varga is a person, not an event.");
		assertThat(person.getName()).isEqualTo("Ilse Varga");
	}

	@Test
	void theCommandOfAPersonSavesItUnchanged() {
		Person person = person("Ilse Varga");
		person.save(new SavePerson("Ilse Varga", null, "Minister since 2024.", List.of("I. Varga"), "Minister", null),
				rules);
		SavePerson asItIs = (SavePerson) person.toCommand();
		assertThat(asItIs.description()).isEqualTo("Minister");
		assertThat(SubjectCommands.changes(asItIs, asItIs)).isEmpty();
		SavePerson edited = new SavePerson("Ilse Varga", asItIs.slug(), "Minister since 2025.", asItIs.aliases(),
				"Minister", asItIs.expectedVersion());
		assertThat(SubjectCommands.changes(asItIs, edited))
			.containsExactly(new SubjectCommands.Change("Summary", "Minister since 2024.", "Minister since 2025."));
	}

	@Test
	void aNewCurrentRoleEndsTheOtherOnesCurrency() {
		Person person = person("Ilse Varga");
		Affiliation first = person.affiliate(7, "Deputy", LocalDate.of(2020, 1, 1), null, true, rules.clock());
		Affiliation second = person.affiliate(8, "Minister", LocalDate.of(2024, 1, 1), null, true, rules.clock());
		assertThat(first.isCurrent()).isFalse();
		assertThat(second.isCurrent()).isTrue();
		assertThat(person.currentAffiliation()).contains(second);
		assertThat(person.referencedSubjects()).containsExactlyInAnyOrder(7L, 8L);
	}

	@Test
	void rolesThatClashOrEndBeforeTheyStartAreRefused() {
		Person person = person("Ilse Varga");
		person.affiliate(7, "Minister", LocalDate.of(2020, 1, 1), null, false, rules.clock());
		assertThatThrownBy(() -> person.affiliate(7, "minister", LocalDate.of(2021, 1, 1), null, false, rules.clock()))
			.hasMessageContaining("overlapping dates");
		assertThatThrownBy(() -> person.affiliate(9, "Envoy", LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1),
				false, rules.clock()))
			.hasMessageContaining("cannot end");
		assertThatThrownBy(() -> person.affiliate(9, "Envoy", null, LocalDate.of(2025, 1, 1), true, rules.clock()))
			.hasMessageContaining("cannot be the current one");
	}

	@Test
	void aMergedDuplicateGivesItsNamesAndRolesKeepingOneCurrent() {
		Person survivor = person("Ilse Varga");
		survivor.affiliate(7, "Minister", LocalDate.of(2024, 1, 1), null, true, rules.clock());
		Person duplicate = person("I. Varga");
		duplicate.save(SavePerson.named("I. Varga", List.of("Varga")), rules);
		duplicate.affiliate(7, "Minister", LocalDate.of(2024, 1, 1), null, true, rules.clock());
		duplicate.affiliate(9, "Envoy", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1), false, rules.clock());

		survivor.absorb(duplicate, rules.clock());

		assertThat(survivor.getAliasNames()).containsExactlyInAnyOrder("I. Varga", "Varga");
		assertThat(survivor.getAffiliations()).extracting(Affiliation::getRole).containsExactlyInAnyOrder("Minister",
				"Envoy");
		assertThat(survivor.getAffiliations()).filteredOn(Affiliation::isCurrent).hasSize(1);
	}

	@Test
	void aPersonCannotAbsorbAnOrganization() {
		Person person = person("Ilse Varga");
		Organization ministry = new Organization(new Slug("ministry"), "Ministry", rules.clock());
		assertThatThrownBy(() -> person.absorb(ministry, rules.clock()))
			.hasMessage("Only subjects of the same kind can be merged: Ministry is an organization, Ilse Varga is a person.");
	}

}
