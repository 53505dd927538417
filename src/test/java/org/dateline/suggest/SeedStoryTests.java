package org.dateline.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.subject.SubjectKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story the suggestion issue was found with is not ours, so its text is in no fixture: it is
 * read from {@code ../shared/seed/sample-story.txt} beside the project, where the workspace and
 * CI keep it. On an empty newsroom the panel must propose the story's lead, the Qatari prime
 * minister, both hostages and the organization the story is about. Without the file the test is
 * skipped with a loud line; under {@code CI=true}, where the file is always provided, a missing
 * file fails instead.
 */
class SeedStoryTests {

	static final Path SEED = Path.of("..", "shared", "seed", "sample-story.txt");

	@Test
	void theSeedStoryGivesItsLeadTheHostagesAndHamasOnAnEmptyNewsroom() throws IOException {
		if (!Files.exists(SEED)) {
			String message = "SEED STORY NOT FOUND at " + SEED.toAbsolutePath().normalize()
					+ ": SeedStoryTests skipped (it reads the issue's sample story from beside the project)";
			assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message).isFalse();
			System.err.println("*** " + message);
			Assumptions.abort(message);
		}
		LiveGazetteer empty = new LiveGazetteer();
		empty.reset(List.of());
		List<Suggestion> suggestions = SuggestionEngine.suggest(empty.snapshot(), Files.readString(SEED));
		assertThat(suggestions).filteredOn(s -> s.kind() == SubjectKind.PERSON)
			.extracting(Suggestion::name)
			.contains("Mousa Abu Marzouk", "Mohammed bin Abdulrahman al-Thani", "Alexander Trufanov", "Maxim Harkin",
					"Mikhail Bogdanov", "William Burns", "David Barnea", "Abbas Kamel", "Benjamin Netanyahu");
		assertThat(suggestions).filteredOn(s -> s.kind() == SubjectKind.ORGANIZATION)
			.extracting(Suggestion::name)
			.contains("Hamas", "CIA", "Mossad", "Egyptian intelligence");
		Suggestion lead = suggestions.stream().filter(s -> s.name().equals("Mousa Abu Marzouk")).findFirst().orElseThrow();
		assertThat(lead.organization()).isEqualTo("Hamas");
		assertThat(lead.matched()).contains("Abu Marzouk");
	}

}
