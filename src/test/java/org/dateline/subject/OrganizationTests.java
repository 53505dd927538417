package org.dateline.subject;

import java.util.List;

import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An organization's own rules, on the aggregate alone: its details and its place in a hierarchy. */
class OrganizationTests {

	final SubjectTestRules rules = new SubjectTestRules();

	Organization organization(String name) {
		return new Organization(Slug.from(name, "organization"), name, rules.clock());
	}

	SaveOrganization withParent(String name, Long parentId) {
		return new SaveOrganization(name, null, null, List.of(), OrganizationKind.AGENCY, " Maressa ", parentId, null);
	}

	@Test
	void aSaveSetsKindCountryAndParent() {
		rules.organizationOnRecord(1, "Maritime Ministry", null);
		Organization guard = organization("Coast Guard");
		guard.save(withParent("Coast Guard", 1L), rules);
		assertThat(guard.getOrganizationKind()).isEqualTo(OrganizationKind.AGENCY);
		assertThat(guard.getCountry()).isEqualTo("Maressa");
		assertThat(guard.getParentId()).isEqualTo(1L);
		assertThat(((SaveOrganization) guard.toCommand()).parentId()).isEqualTo(1L);
	}

	@Test
	void noKindMeansOther() {
		Organization guard = organization("Coast Guard");
		guard.save(new SaveOrganization("Coast Guard", null, null, List.of(), null, "", null, null), rules);
		assertThat(guard.getOrganizationKind()).isEqualTo(OrganizationKind.OTHER);
		assertThat(guard.getCountry()).isNull();
	}

	@Test
	void aParentMustBeAnOrganizationOnRecord() {
		Organization guard = organization("Coast Guard");
		assertThatThrownBy(() -> guard.save(withParent("Coast Guard", 42L), rules))
			.hasMessage("The parent must be an organization on record.");
		assertThat(guard.getParentId()).isNull();
	}

	@Test
	void aParentChainThatGoesRoundIsRefused() {
		rules.organizationOnRecord(1, "Ministry", null);
		rules.organizationOnRecord(2, "Directorate", 1L);
		rules.organizationOnRecord(1, "Ministry", 2L);
		Organization guard = organization("Coast Guard");
		assertThatThrownBy(() -> guard.save(withParent("Coast Guard", 1L), rules))
			.hasMessageContaining("its own ancestor");
	}

	@Test
	void aPersonCommandIsRefused() {
		Organization guard = organization("Coast Guard");
		assertThatThrownBy(() -> guard.save(SavePerson.named("Coast Guard", List.of()), rules))
			.hasMessage("Coast Guard is an organization, not a person.");
	}

	@Test
	void theConflictPageComparesAnOrganizationsOwnFields() {
		Organization guard = organization("Coast Guard");
		guard.save(withParent("Coast Guard", null), rules);
		SaveOrganization onRecord = (SaveOrganization) guard.toCommand();
		SaveOrganization yours = new SaveOrganization("Coast Guard", onRecord.slug(), null, List.of("CG"),
				OrganizationKind.AGENCY, "Valdoria", null, onRecord.expectedVersion());
		assertThat(SubjectCommands.changes(onRecord, yours)).extracting(SubjectCommands.Change::field)
			.containsExactly("Aliases", "Country");
	}

}
