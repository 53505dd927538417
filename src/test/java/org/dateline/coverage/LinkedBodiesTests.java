package org.dateline.coverage;

import java.util.List;

import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.subject.SubjectKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedBodiesTests {

	LinkedBodies bodies = new LinkedBodies();

	LinkedSubject varga = new LinkedSubject(1, SubjectKind.PERSON, "Ilse Varga", "ilse-varga", true,
			List.of("Ilse Varga", "Varga"));

	String body = "<p>Minister Ilse Varga spoke at the harbour. Varga left early.</p>";

	@Test
	void aStoryShownAgainGetsTheSameLinkedBodyWithoutBeingLinkedAgain() {
		String first = bodies.link(body, List.of(varga));
		assertThat(first).isEqualTo(FirstMentionLinker.link(body, List.of(varga)));
		// the same text read again from the database is another String: the kept one comes back
		assertThat(bodies.link(new String(body), List.of(varga))).isSameAs(first);
	}

	@Test
	void anEditedBodyIsLinkedAfresh() {
		bodies.link(body, List.of(varga));
		String edited = bodies.link("<p>Later, Varga returned.</p>", List.of(varga));
		assertThat(edited).isEqualTo("<p>Later, <a href=\"/people/ilse-varga\" class=\"subject-link\" "
				+ "title=\"Person: Ilse Varga\">Varga</a> returned.</p>");
	}

	@Test
	void aRenamedOrMovedSubjectIsNeverShownWithItsOldLink() {
		bodies.link(body, List.of(varga));
		LinkedSubject moved = new LinkedSubject(1, SubjectKind.PERSON, "Ilse Varga-Lind", "ilse-varga-lind", true,
				List.of("Ilse Varga-Lind", "Ilse Varga", "Varga"));
		assertThat(bodies.link(body, List.of(moved))).contains("href=\"/people/ilse-varga-lind\"",
				"title=\"Person: Ilse Varga-Lind\"").doesNotContain("href=\"/people/ilse-varga\"");
		assertThat(bodies.link(body, List.of())).isEqualTo(body);
	}

}
