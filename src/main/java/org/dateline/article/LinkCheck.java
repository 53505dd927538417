package org.dateline.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a save's subject links come to, checked before the save: too many, or some no longer on
 * record (merged away or deleted while the story was open). A link the merge moved to the record it
 * kept is among the story's current links, so {@code restored} offers it back to the form instead
 * of letting the save drop it.
 *
 * @param tooMany whether the story would link more than {@link Article#MENTIONS_MAX} subjects
 * @param gone the listed subjects no longer on record
 * @param restored the story's current links the form does not list, to show again
 */
public record LinkCheck(boolean tooMany, Set<Long> gone, List<Mention> restored) {

	/**
	 * @param kept the subjects the writer keeps linked
	 * @param listed every subject the form lists, including those marked for removal
	 * @param onRecord which of {@code kept} are still on record
	 * @param current the story's links now, empty for a new story
	 */
	static LinkCheck of(Collection<Long> kept, Collection<Long> listed, Collection<Long> onRecord,
			List<Mention> current) {
		Set<Long> distinct = Set.copyOf(kept);
		if (distinct.size() > Article.MENTIONS_MAX) {
			return new LinkCheck(true, Set.of(), List.of());
		}
		Set<Long> gone = distinct.stream().filter(id -> !onRecord.contains(id))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		if (gone.isEmpty()) {
			return new LinkCheck(false, gone, List.of());
		}
		return new LinkCheck(false, gone,
				current.stream().filter(m -> !listed.contains(m.getSubjectId())).toList());
	}

	/** What the writer is told, if the save cannot go ahead as it is. */
	public Optional<String> problem() {
		if (tooMany) {
			return Optional.of("A story can link to at most " + Article.MENTIONS_MAX + " subjects.");
		}
		if (!gone.isEmpty()) {
			return Optional.of("A linked subject is no longer on record (it may have been merged or deleted). "
					+ "It has been taken off the list; check the links and save again.");
		}
		return Optional.empty();
	}

}
