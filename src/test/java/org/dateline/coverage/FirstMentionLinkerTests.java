package org.dateline.coverage;

import java.util.List;

import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.subject.SubjectKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstMentionLinkerTests {

	LinkedSubject varga = new LinkedSubject(1, SubjectKind.PERSON, "Ilse Varga", "ilse-varga", true,
			List.of("Ilse Varga", "Varga"));

	LinkedSubject union = new LinkedSubject(2, SubjectKind.ORGANIZATION, "Dockers' Union", "dockers-union", false,
			List.of("Dockers' Union", "DU"));

	@Test
	void onlyTheFirstMentionIsLinkedAndTheLongestNameWins() {
		String html = FirstMentionLinker.link("<p>Minister Ilse Varga spoke. Varga left.</p>", List.of(varga));
		assertThat(html).isEqualTo("<p>Minister <a href=\"/people/ilse-varga\" class=\"subject-link\" "
				+ "title=\"Person: Ilse Varga\">Ilse Varga</a> spoke. Varga left.</p>");
	}

	@Test
	void headingsExistingLinksAndPartsOfWordsAreLeftAlone() {
		String html = FirstMentionLinker.link("<h2>Varga</h2><p><a href=\"https://example.org\">Varga</a> and "
				+ "Vargas met; later VARGA\u00A0spoke.</p>", List.of(varga));
		assertThat(html).contains("<h2>Varga</h2>", "<a href=\"https://example.org\">Varga</a>", "Vargas met")
			.contains(">VARGA</a>");
	}

	@Test
	void namesWithApostrophesAndHyphensMatchAsWritten() {
		String html = FirstMentionLinker.link("<p>The Dockers\u2019 Union voted, the DU said.</p>", List.of(union));
		assertThat(html).contains(">Dockers\u2019 Union</a> voted, the DU said.");
		String plain = FirstMentionLinker.link("<p>The Dockers' Union voted.</p>", List.of(union));
		assertThat(plain).contains("<a href=\"/organizations/dockers-union\"");
	}

	@Test
	void nothingToLinkLeavesTheBodyAsItWas() {
		assertThat(FirstMentionLinker.link("<p>No names here.</p>", List.of(varga))).isEqualTo("<p>No names here.</p>");
		assertThat(FirstMentionLinker.link("", List.of(varga))).isEmpty();
	}

}
