package org.dateline.suggest;

import java.util.List;

import org.dateline.subject.SubjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's matching rules and candidate patterns, on sentences written for these tests. */
class SuggestionEngineTests {

	LiveGazetteer gazetteer;

	@BeforeEach
	void setUp() {
		gazetteer = new LiveGazetteer();
		gazetteer.reset(List.of(
				new Gazetteer.Named(1, SubjectKind.PERSON, "Hamid al-Thani", List.of("al-Thani")),
				new Gazetteer.Named(2, SubjectKind.ORGANIZATION, "Harbour Front", List.of("the Front")),
				new Gazetteer.Named(3, SubjectKind.PERSON, "Nadia Rahmani Suleiman", List.of()),
				new Gazetteer.Named(4, SubjectKind.PERSON, "Marta Novak", List.of("Novak")),
				new Gazetteer.Named(5, SubjectKind.PERSON, "Pavel Novak", List.of("Novak")),
				new Gazetteer.Named(6, SubjectKind.ORGANIZATION, "Kessling City Council", List.of("City Council")),
				new Gazetteer.Named(7, SubjectKind.EVENT, "Sorrel Sea Talks", List.of("fisheries talks")),
				new Gazetteer.Named(8, SubjectKind.PERSON, "José Ibáñez", List.of("Ibáñez")),
				new Gazetteer.Named(9, SubjectKind.ORGANIZATION, "Central Intelligence Bureau", List.of("CIB")),
				new Gazetteer.Named(10, SubjectKind.PERSON, "Karim Abu Samra", List.of())));
	}

	List<Suggestion> suggest(String text) {
		return SuggestionEngine.suggest(gazetteer.snapshot(), text);
	}

	List<Long> known(String text) {
		return suggest(text).stream().filter(Suggestion::known).map(Suggestion::subjectId).toList();
	}

	Suggestion candidate(String text, String name) {
		return suggest(text).stream().filter(s -> !s.known() && s.name().equals(name)).findFirst().orElse(null);
	}

	@Test
	void emptyTextGivesNothing() {
		assertThat(suggest("")).isEmpty();
		assertThat(suggest("   \n ")).isEmpty();
		assertThat(suggest(null)).isEmpty();
	}

	@Test
	void namesMatchWhateverTheCaseAccentsAndPunctuation() {
		assertThat(known("Talks with AL THANI resumed.")).containsExactly(1L);
		assertThat(known("Talks with Al Thani resumed.")).containsExactly(1L);
		assertThat(known("Jose Ibanez spoke first.")).containsExactly(8L);
		assertThat(suggest("Jose Ibanez spoke first, then Ibáñez again.").get(0).matched())
			.containsExactly("Jose Ibanez", "Ibáñez");
	}

	@Test
	void possessivesCountButPartsOfWordsDoNot() {
		assertThat(known("The Front's leaders met.")).containsExactly(2L);
		assertThat(known("Al-Thani's office declined to comment.")).containsExactly(1L);
		assertThat(known("The Novakovic family and the Frontier Party met.")).isEmpty();
	}

	@Test
	void theLongestNameWinsAndANameInsideALongerNameIsNotAMention() {
		List<Suggestion> s = suggest("The Kessling City Council met, and the city council agreed.");
		assertThat(s).filteredOn(Suggestion::known).extracting(Suggestion::subjectId).containsExactly(6L);
		assertThat(s.get(0).matched()).containsExactly("Kessling City Council");
		assertThat(known("The Aldergate City Council met in the town hall on Monday.")).doesNotContain(6L);
		assertThat(known("Reporters asked Lars Novak about it, and Ana al-Thani Petrova declined.")).isEmpty();
	}

	@Test
	void aSharedAliasIsOfferedAsAnAmbiguityWithBothCandidates() {
		Suggestion novak = suggest("Novak said the budget would pass.").get(0);
		assertThat(novak.subjectId()).isNull();
		assertThat(novak.candidates()).extracting(Suggestion.Option::subjectId).containsExactlyInAnyOrder(4L, 5L);
		assertThat(novak.kind()).isEqualTo(SubjectKind.PERSON);
	}

	@Test
	void shortFormsAfterAFullNameAreTheSamePerson() {
		List<Suggestion> s = suggest("Finance Minister Marta Novak defended the plan. Novak said it was fair.");
		assertThat(s).extracting(Suggestion::subjectId).containsExactly(4L);
		assertThat(s.get(0).matched()).containsExactly("Marta Novak", "Novak");
		List<Suggestion> suleiman = suggest("Nadia Rahmani Suleiman arrived. Later Rahmani Suleiman spoke, and Suleiman left.");
		assertThat(suleiman.get(0).matched()).containsExactly("Nadia Rahmani Suleiman", "Rahmani Suleiman", "Suleiman");
		assertThat(known("Officials said Abu Samra would attend.")).containsExactly(10L);
	}

	@Test
	void eventsAndLowerCaseAliasesMatchInRunningText() {
		assertThat(known("The fisheries talks collapsed on Sunday.")).containsExactly(7L);
		assertThat(known("Delegates left the front line quietly.")).as("a capitalized alias in lower case").isEmpty();
	}

	@Test
	void unusualUnicodeNeitherCrashesNorBreaksMatches() {
		assertThat(known("\u200FTalks with al\u200D-Thani resumed\u200E.")).containsExactly(1L);
		assertThat(known("Jose\u0301 Iba\u0301n\u0303ez spoke.")).containsExactly(8L);
		assertThat(known("Talks with al\u2011Thani\u00A0resumed.")).containsExactly(1L);
		assertThat(suggest("\uD83D\uDE00 \u202E \u0000 \uFFFF \u200B\u200B")).isEmpty();
	}

	@Test
	void aTitleBeforeANameGivesANewPersonWithRoleAndOrganization() {
		Suggestion burns = candidate("CIB Director Walter Brennan met the envoy.", "Walter Brennan");
		assertThat(burns.kind()).isEqualTo(SubjectKind.PERSON);
		assertThat(burns.role()).isEqualTo("Director");
		assertThat(burns.organization()).isEqualTo("Central Intelligence Bureau");

		Suggestion minister = candidate("Ostrenian Deputy Foreign Minister Lea Marsh flew in.", "Lea Marsh");
		assertThat(minister.role()).isEqualTo("Deputy Foreign Minister");
		assertThat(minister.organization()).isNull();

		Suggestion spy = candidate("Egyptian intelligence chief Omar Farid attended.", "Omar Farid");
		assertThat(spy.role()).isEqualTo("chief");
		assertThat(spy.organization()).isEqualTo("Egyptian intelligence");
	}

	@Test
	void anAppositionGivesRoleAndOrganization() {
		Suggestion s = candidate("Yusuf Darwish, a senior Harbour Front official and deputy head of its youth wing, spoke.",
				"Yusuf Darwish");
		assertThat(s.role()).isEqualTo("senior official");
		assertThat(s.organization()).isEqualTo("Harbour Front");
		Suggestion spokesman = candidate("Jonas Feld, a spokesman for the Valdorian Shippers' Association, said no.",
				"Jonas Feld");
		assertThat(spokesman.role()).isEqualTo("spokesman");
		assertThat(spokesman.organization()).isEqualTo("Valdorian Shippers' Association");
		assertThat(candidate("Jonas Feld, a spokesman for the Valdorian Shippers' Association, said no.",
				"Valdorian Shippers' Association")).isNotNull();
	}

	@Test
	void laterSurnamesBecomeTheNewPersonsAliasesAndAcronymsTheOrganizations() {
		Suggestion lindahl = candidate("Union leader Oona Lindahl spoke. Lindahl said the strike would go on.",
				"Oona Lindahl");
		assertThat(lindahl.matched()).containsExactly("Oona Lindahl", "Lindahl");
		assertThat(lindahl.aliases()).containsExactly("Lindahl");
		Suggestion confederation = candidate(
				"The Northern Transport Workers' Confederation backed them. The NTWC has 40,000 members.",
				"Northern Transport Workers' Confederation");
		assertThat(confederation.aliases()).containsExactly("NTWC");
	}

	@Test
	void commonCapitalizedWordsAreNotPeople() {
		List<Suggestion> s = suggest("On Tuesday the Parliament met. In March North Quay flooded. The Government said so.");
		assertThat(s).filteredOn(x -> x.kind() == SubjectKind.PERSON).isEmpty();
	}

	@Test
	void aChangedSubjectShowsUpInTheNextSuggestionWithoutARebuild() {
		assertThat(known("The Pilots Guild voted.")).isEmpty();
		gazetteer.update(new Gazetteer.Named(11, SubjectKind.ORGANIZATION, "Kessling Pilots Guild", List.of("Pilots Guild")));
		assertThat(known("The Pilots Guild voted.")).containsExactly(11L);
		gazetteer.update(new Gazetteer.Named(2, SubjectKind.ORGANIZATION, "Harbour Front", List.of()));
		assertThat(known("The Front's leaders met.")).as("a removed alias").isEmpty();
		assertThat(known("The Harbour Front met.")).containsExactly(2L);
		gazetteer.remove(4);
		Suggestion novak = suggest("Novak said so.").get(0);
		assertThat(novak.subjectId()).as("the other Novak is no longer ambiguous").isEqualTo(5L);
	}

	List<String> newOrganizations(String text) {
		return suggest(text).stream().filter(x -> !x.known() && x.kind() == SubjectKind.ORGANIZATION).map(Suggestion::name)
			.toList();
	}

	@Test
	void brandsAreKnownByWhatTheyDoAndByTheListsTheyAreIn() {
		assertThat(newOrganizations("Among chipmakers, Veltrano gained 6 percent and Mikael Vale said he was glad."))
			.containsExactly("Veltrano");
		assertThat(newOrganizations("Last year Quorvex bought Lindhaven for $40 million."))
			.contains("Lindhaven");
		assertThat(newOrganizations("The bonds are held by funds that include Marrowby, Tessaline and Orvik."))
			.containsExactlyInAnyOrder("Marrowby", "Tessaline", "Orvik");
		assertThat(newOrganizations("Ines Marlow, writing in The Lantern, praised the plan."))
			.containsExactly("The Lantern");
		assertThat(newOrganizations("He spoke to the Lebanese broadcaster Al-Nahir on Sunday."))
			.containsExactly("Al-Nahir");
		assertThat(newOrganizations("The concerts will be promoted by Stage Nation."))
			.containsExactly("Stage Nation");
		Suggestion analyst = candidate("Rune Halvorsen, an analyst at Brekkbank, said the results were strong.",
				"Rune Halvorsen");
		assertThat(analyst.organization()).isEqualTo("Brekkbank");
		assertThat(newOrganizations("Rune Halvorsen, an analyst at Brekkbank, said the results were strong."))
			.containsExactly("Brekkbank");
	}

	@Test
	void aSurnameOrAPlaceAloneIsNoBrand() {
		assertThat(newOrganizations("Finance Minister Edvard Lunde spoke. Later Lunde said he was ready. Oslo said nothing."))
			.isEmpty();
		assertThat(newOrganizations("Analysts said the shares were cheap.")).isEmpty();
	}

	@Test
	void abbreviatedOfficesAreRolesAndRolesBeforeACommaKeepTheirOrganization() {
		Suggestion governor = candidate("The bill went to Lt. Gov. Maren Ostby on Friday.", "Maren Ostby");
		assertThat(governor.role()).isEqualTo("Lt. Gov");
		Suggestion spokesman = candidate("A spokesman for the justice ministry, Idris Kassem, said so.", "Idris Kassem");
		assertThat(spokesman.role()).isEqualTo("spokesman");
		assertThat(spokesman.organization()).isEqualTo("justice ministry");
		Suggestion envoy = candidate("The Harbour Front envoy for the region, Tarik Olsen, urged calm.", "Tarik Olsen");
		assertThat(envoy.role()).isEqualTo("envoy");
		assertThat(envoy.organization()).isEqualTo("Harbour Front");
		Suggestion ceo = candidate("said co-founder and chief executive Lena Brask, a former associate at the law firm Kell Moor.",
				"Lena Brask");
		assertThat(ceo.role()).as("a former role after the name does not replace the current one").isEqualTo(
				"co-founder and chief executive");
	}

	@Test
	void organizationsWithoutAnOrganizationWordAreKnownByTheirShape() {
		assertThat(newOrganizations("The model was trained by VantaMind and backed by NordAI's venture fund."))
			.containsExactlyInAnyOrder("VantaMind", "NordAI");
		assertThat(newOrganizations("Sellwick said demand had been enormous. Officials said queues were long."))
			.containsExactly("Sellwick");
		assertThat(newOrganizations("Police said the road was closed.")).isEmpty();
		assertThat(newOrganizations("She was an associate at the law firm Harrow, Pell & Quint until 2020."))
			.containsExactly("Harrow, Pell & Quint");
		assertThat(newOrganizations("The Budget Examiner's Office warned of a deficit."))
			.containsExactly("Budget Examiner's Office");
		assertThat(newOrganizations("Rowing Norway said a record crowd came. Heritage Denmark had objected."))
			.containsExactlyInAnyOrder("Rowing Norway", "Heritage Denmark");
		assertThat(newOrganizations("Northern Norway had snow.")).isEmpty();
		assertThat(newOrganizations("Councillor Ada Finch, a Green Party member, voted against.")).contains("Green Party");
	}

	@Test
	void listItemsAndRivalsWithoutAnOrganizationWordAreOrganizations() {
		assertThat(newOrganizations("It is used by 900 firms, including Halvo and the legal teams at Brennik and Oskary."))
			.containsExactlyInAnyOrder("Halvo", "Brennik", "Oskary");
		assertThat(newOrganizations("The carrier ordered ten ships from Morvane Ocean and Quillby Shipbuilding."))
			.containsExactlyInAnyOrder("Morvane Ocean", "Quillby Shipbuilding");
		assertThat(newOrganizations("The ferry sailed from Brava Bay and Quillby Shipbuilding paid for it."))
			.doesNotContain("Brava Bay");
		assertThat(newOrganizations("Rival Tessark-Lund raised its forecast last month.")).containsExactly("Tessark-Lund");
	}

	@Test
	void clubsNamedLikeTheirTownAreKnownInSportCopyByHowTheTextUsesThem() {
		String report = "Dunvale won the match 2-1. Ross Kerr, the former Carrick striker, scored the first goal. "
				+ "The league moved the match against Brennock. Dunvale beat Scotland and Kerr was pleased.";
		assertThat(newOrganizations(report)).contains("Carrick", "Brennock").doesNotContain("Scotland", "Kerr");
		assertThat(candidate(report, "Ross Kerr").organization()).isEqualTo("Carrick");
		assertThat(newOrganizations("The council voted against Brennock. The fixture list was late.")).isEmpty();
	}

	@Test
	void twoWordBuyersAndPlaceTailedWorkplacesAreOrganizations() {
		assertThat(newOrganizations("Halden Quorry bought Casetext for five million dollars last year."))
			.containsExactlyInAnyOrder("Halden Quorry", "Casetext");
		assertThat(newOrganizations("Marta Brennan bought a house.")).isEmpty();
		Suggestion voss = candidate("Anna Voss, executive director of Patient Voice Ontario, said it was bad.", "Anna Voss");
		assertThat(voss.organization()).isEqualTo("Patient Voice Ontario");
		assertThat(newOrganizations("Lena Brask, the governor of New York, said it was bad.")).isEmpty();
	}

	@Test
	void aWordOnlyShapedLikeANationalityCanOpenAName() {
		assertThat(candidate("The winner, Lani Voss, a teacher, cried. \"I am amazed,\" Voss said.", "Lani Voss"))
			.isNotNull();
		assertThat(candidate("Defenders: Ross Kerr, Rovan Toal; midfielders: Sam Ure.", "Rovan Toal")).isNotNull();
	}

	@Test
	void theQuickKeyOfANameIsTheNormalizedName() {
		for (String name : List.of("Hamas's", "O'Brien", "Shippers' Association", "AL-THANI", "  Dr.  Nils  Ek ",
				"U.S.", "Ibáñez", "rock 'n' roll", "it's", "A&B", "X'S Y", "'s")) {
			assertThat(Tokens.key(name)).as(name).isEqualTo(org.dateline.subject.SubjectNames.normalize(name));
		}
	}

}
