package org.dateline.subject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectNamesTests {

	@Test
	void spellingsThatDifferInCaseAccentsOrPunctuationNormalizeAlike() {
		assertThat(SubjectNames.normalize("Al-Thani")).isEqualTo("al thani");
		assertThat(SubjectNames.normalize("al Thani")).isEqualTo("al thani");
		assertThat(SubjectNames.normalize("José Ibáñez")).isEqualTo(SubjectNames.normalize("Jose Ibanez"));
		assertThat(SubjectNames.normalize("  Port   Ellery  ")).isEqualTo("port ellery");
	}

	@Test
	void possessivesAreDropped() {
		assertThat(SubjectNames.normalize("Hamas's")).isEqualTo("hamas");
		assertThat(SubjectNames.normalize("the Cooperative’s")).isEqualTo("the cooperative");
		assertThat(SubjectNames.normalize("O'Brien")).isEqualTo("o brien");
	}

	@Test
	void invisibleCharactersDoNotSplitOrJoinWords() {
		assertThat(SubjectNames.normalize("Var\u200Dga")).isEqualTo("varga");
		assertThat(SubjectNames.normalize("\u200FIlse Varga\u200E")).isEqualTo("ilse varga");
		assertThat(SubjectNames.normalize("Ilse\u00A0Varga")).isEqualTo("ilse varga");
	}

}
