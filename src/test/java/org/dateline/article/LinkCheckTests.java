package org.dateline.article;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.dateline.article.Mention.Prominence;
import org.dateline.article.Mention.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check a story's subject links get before a save, without Spring or a database. */
class LinkCheckTests {

	static Mention link(long subjectId) {
		return new Mention(subjectId, Prominence.PRIMARY, Source.MANUAL);
	}

	@Test
	void linksToSubjectsOnRecordPass() {
		LinkCheck check = LinkCheck.of(List.of(1L, 2L), List.of(1L, 2L), Set.of(1L, 2L), List.of(link(1)));
		assertThat(check.problem()).isEmpty();
		assertThat(check.gone()).isEmpty();
		assertThat(check.restored()).isEmpty();
	}

	@Test
	void aSubjectMergedAwayIsGoneAndTheLinkTheMergeMovedComesBack() {
		// the form was loaded before subject 7 was merged into 9, which moved the story's link to 9
		LinkCheck check = LinkCheck.of(List.of(7L, 2L), List.of(7L, 2L), Set.of(2L), List.of(link(9), link(2)));
		assertThat(check.gone()).containsExactly(7L);
		assertThat(check.restored()).extracting(Mention::getSubjectId).containsExactly(9L);
		assertThat(check.problem()).hasValueSatisfying(message -> assertThat(message).contains("no longer on record"));
	}

	@Test
	void aLinkTheWriterMarkedForRemovalIsNotOfferedBack() {
		// subject 3 is listed (marked for removal), so the story's link to it stays removed
		LinkCheck check = LinkCheck.of(List.of(7L), List.of(7L, 3L), Set.of(), List.of(link(3)));
		assertThat(check.gone()).containsExactly(7L);
		assertThat(check.restored()).isEmpty();
	}

	@Test
	void aNewStoryHasNothingToRestore() {
		LinkCheck check = LinkCheck.of(List.of(5L), List.of(5L), Set.of(), List.of());
		assertThat(check.gone()).containsExactly(5L);
		assertThat(check.restored()).isEmpty();
	}

	@Test
	void moreLinksThanAStoryHoldsAreRefusedBeforeAnyLookUp() {
		List<Long> many = LongStream.rangeClosed(1, Article.MENTIONS_MAX + 1).boxed().toList();
		LinkCheck check = LinkCheck.of(many, many, Set.of(), List.of());
		assertThat(check.tooMany()).isTrue();
		assertThat(check.problem()).hasValue("A story can link to at most " + Article.MENTIONS_MAX + " subjects.");
	}

	@Test
	void aSubjectListedTwiceCountsOnce() {
		List<Long> twice = LongStream.rangeClosed(1, Article.MENTIONS_MAX).boxed().toList();
		List<Long> listed = new java.util.ArrayList<>(twice);
		listed.add(1L);
		assertThat(LinkCheck.of(listed, listed, Set.copyOf(twice), List.of()).problem()).isEmpty();
	}

}
