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


	@Test
	void aLongBodyWithManySubjectsIsLinkedInOnePass() {
		List<LinkedSubject> subjects = new java.util.ArrayList<>();
		for (int i = 0; i < 100; i++) {
			subjects.add(new LinkedSubject(100 + i, SubjectKind.PERSON, "Person Number" + i, "person-" + i, false,
					List.of("Person Number" + i, "Number" + i + " Senior", "P. N. " + i)));
		}
		StringBuilder body = new StringBuilder();
		int paragraph = 0;
		while (body.length() < 966_000) {
			body.append("<p>Paragraph ").append(paragraph++)
				.append(" talks about the harbour, the budget and the weather in plain words without names.</p>");
		}
		// the last subject is mentioned only at the very end; the others never
		body.append("<p>At last Person Number99 spoke.</p>");
		String html = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
				() -> FirstMentionLinker.link(body.toString(), subjects));
		assertThat(html).endsWith("<p>At last <a href=\"/people/person-99\" class=\"subject-link\" "
				+ "title=\"Person: Person Number99\">Person Number99</a> spoke.</p>");
		assertThat(html.split("subject-link", -1)).hasSize(2);
	}

	@Test
	void theEarliestMentionOfAnySubjectIsLinkedFirstAndEachOnlyOnce() {
		LinkedSubject ilse = new LinkedSubject(3, SubjectKind.PERSON, "Ilse", "ilse", false, List.of("Ilse"));
		String html = FirstMentionLinker.link("<p>Ilse Varga met Ilse, then Varga-Ilse and DU.</p>",
				List.of(ilse, varga, union));
		assertThat(html).isEqualTo("<p><a href=\"/people/ilse-varga\" class=\"subject-link\" title=\"Person: Ilse Varga\">"
				+ "Ilse Varga</a> met <a href=\"/people/ilse\" class=\"subject-link\" title=\"Person: Ilse\">Ilse</a>, "
				+ "then Varga-Ilse and <a href=\"/organizations/dockers-union\" class=\"subject-link\" "
				+ "title=\"Organization: Dockers' Union\">DU</a>.</p>");
	}

}
