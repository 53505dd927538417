package org.dateline.suggest;

import java.util.List;

import org.dateline.subject.SubjectKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate rules for real wire copy (issue 15), each on a short sentence written for it,
 * with no subject known: plain names, single-word organizations, roles kept to their own names,
 * honorifics, lower-case bodies and names that later mentions must not cancel.
 */
class WireCopyRulesTests {

	List<Suggestion> suggest(String text) {
		LiveGazetteer gazetteer = new LiveGazetteer();
		gazetteer.reset(List.of());
		return SuggestionEngine.suggest(gazetteer.snapshot(), text);
	}

	List<String> people(String text) {
		return suggest(text).stream().filter(s -> s.kind() == SubjectKind.PERSON).map(Suggestion::name).toList();
	}

	List<String> organizations(String text) {
		return suggest(text).stream().filter(s -> s.kind() == SubjectKind.ORGANIZATION).map(Suggestion::name).toList();
	}

	Suggestion person(String text, String name) {
		return suggest(text).stream()
			.filter(s -> s.kind() == SubjectKind.PERSON && s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not suggested from: " + text));
	}

	@Test
	void aPlainNameThatIsOnlyQuotedIsAPerson() {
		assertThat(people("\"We will not sign this,\" said Orla Brennigan. The talks ended on Tuesday."))
			.containsExactly("Orla Brennigan");
		assertThat(person("Brennigan and Tomas Feld left early. Orla Brennigan, who chairs the panel, said nothing more.",
				"Orla Brennigan").matched()).containsExactly("Orla Brennigan", "Brennigan");
	}

	@Test
	void aSingleWordOrganizationIsKnownFromHowTheTextUsesIt() {
		String text = "Shares in Velmora fell after Velmora said it would cut jobs. A spokesman for Velmora declined to comment.";
		assertThat(organizations(text)).containsExactly("Velmora");
		assertThat(people(text)).isEmpty();
	}

	@Test
	void eachTitledNameInARowKeepsItsOwnRole() {
		String text = "Finance Minister Ilse Marrow, Trade Minister Joost Pell and the central bank governor Ana Ruiz met on Monday.";
		assertThat(person(text, "Ilse Marrow").role()).isEqualTo("Finance Minister");
		assertThat(person(text, "Joost Pell").role()).isEqualTo("Trade Minister");
		assertThat(person(text, "Ana Ruiz").role()).isEqualTo("central bank governor");
	}

	@Test
	void compoundRolesAreKeptWhole() {
		assertThat(person("Deputy Prime Minister and Minister of Finance Karel Vosk arrived on Monday.", "Karel Vosk").role())
			.isEqualTo("Deputy Prime Minister and Minister of Finance");
		Suggestion pike = person("Harlan Pike, the chairman and chief executive of Quintor Holdings, said margins fell.",
				"Harlan Pike");
		assertThat(pike.role()).isEqualTo("chairman and chief executive");
		assertThat(pike.organization()).isEqualTo("Quintor Holdings");
	}

	@Test
	void rolesStatedAroundTheNameAreTheNamesRoles() {
		String text = "The company's chief financial officer, Mirela Dant, said sales rose. "
				+ "Tom Ashcroft, the Scotland midfielder, scored twice.";
		assertThat(person(text, "Mirela Dant").role()).isEqualTo("chief financial officer");
		assertThat(person(text, "Tom Ashcroft").role()).isEqualTo("midfielder");
		Suggestion nurse = person("Lena Ostrova, a nurse at Brightwater Hospital, said the ward was full.", "Lena Ostrova");
		assertThat(nurse.role()).isEqualTo("nurse");
		assertThat(nurse.organization()).isEqualTo("Brightwater Hospital");
	}

	@Test
	void honorificsAreNoPartOfTheNameAndSuffixesAre() {
		String text = "Dr. Nicole Webster said the trial worked. Robert T. Ashby Jr. disagreed. Sen. Marla Quint voted no.";
		assertThat(people(text)).containsExactly("Nicole Webster", "Robert T. Ashby Jr.", "Marla Quint");
		assertThat(person(text, "Nicole Webster").role()).isNull();
		assertThat(person(text, "Marla Quint").role()).isEqualTo("Sen");
		String military = "Lt. Gen. Aaron Feldt spoke first. Gov. Tilda Marsh spoke next.";
		assertThat(person(military, "Aaron Feldt").role()).isEqualTo("Lt. Gen");
		assertThat(person(military, "Tilda Marsh").role()).isEqualTo("Gov");
	}

	@Test
	void lowerCaseStateBodiesAreOrganizations() {
		assertThat(organizations("A spokesman for the interior ministry said the state assembly would meet."))
			.containsExactly("interior ministry", "state assembly");
	}

	@Test
	void aNameFoundEarlyIsNotCancelledByLaterMentions() {
		String text = "Mousa Abu Varzouk, a senior Hamas official, arrived in Cairo. Varzouk met mediators. "
				+ "Later Abu Varzouk said the Hamas delegation would stay. Hamas said it would reply.";
		Suggestion lead = person(text, "Mousa Abu Varzouk");
		assertThat(lead.matched()).containsExactly("Mousa Abu Varzouk", "Abu Varzouk", "Varzouk");
		assertThat(lead.organization()).isEqualTo("Hamas");
		assertThat(people(text)).containsExactly("Mousa Abu Varzouk");
		assertThat(organizations(text)).containsExactly("Hamas");
	}

}
