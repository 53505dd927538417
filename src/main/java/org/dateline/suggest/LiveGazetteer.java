package org.dateline.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer as it stands now: a large base built once, plus a small overlay of the subjects
 * changed since. A changed or deleted subject's entries in the base are ignored and its current
 * names (if any) live in the overlay, which is rebuilt on each change; it is only ever as big as
 * the changes. When the overlay grows past {@link #REBUILD_AFTER} subjects, the caller folds it
 * into a new base. Readers take a snapshot, so suggestions never see a half-made change.
 */
final class LiveGazetteer {

	static final int REBUILD_AFTER = 2_000;

	/** What one suggestion run reads: the base, the overlay, and which base subjects to skip. */
	record Snapshot(Gazetteer base, Gazetteer overlay, Set<Long> stale) {

		/** Hits from both, the base's without its stale subjects. */
		List<Gazetteer.Hit> find(List<String> words) {
			List<Gazetteer.Hit> hits = new ArrayList<>();
			for (Gazetteer.Hit hit : base.find(words)) {
				long[] live = stale.isEmpty() ? hit.subjects()
						: java.util.Arrays.stream(hit.subjects()).filter(id -> !stale.contains(id)).toArray();
				if (live.length > 0) {
					hits.add(new Gazetteer.Hit(live, hit.first(), hit.last(), hit.fullName(), hit.capitalized()));
				}
			}
			List<Gazetteer.Hit> changed = overlay.find(words);
			if (changed.isEmpty()) {
				// one pattern per name in the base, so its spans are distinct already
				return hits;
			}
			hits.addAll(changed);
			return mergeSameSpan(hits);
		}

		Gazetteer.Named subject(long id) {
			Gazetteer.Named fromOverlay = overlay.subject(id);
			return fromOverlay != null ? fromOverlay : stale.contains(id) ? null : base.subject(id);
		}

		/** One hit per span: a name in the base and the overlay for different subjects is one ambiguity. */
		private static List<Gazetteer.Hit> mergeSameSpan(List<Gazetteer.Hit> hits) {
			Map<Long, Integer> bySpan = new HashMap<>();
			List<Gazetteer.Hit> result = new ArrayList<>();
			for (Gazetteer.Hit hit : hits) {
				long span = ((long) hit.first() << 32) | hit.last();
				Integer at = bySpan.get(span);
				if (at == null) {
					bySpan.put(span, result.size());
					result.add(hit);
				}
				else {
					Gazetteer.Hit existing = result.get(at);
					long[] both = java.util.stream.LongStream.concat(java.util.Arrays.stream(existing.subjects()),
							java.util.Arrays.stream(hit.subjects())).distinct().toArray();
					result.set(at, new Gazetteer.Hit(both, hit.first(), hit.last(), existing.fullName() || hit.fullName(),
							existing.capitalized() || hit.capitalized()));
				}
			}
			return result;
		}

	}

	private volatile Snapshot snapshot = new Snapshot(Gazetteer.empty(), Gazetteer.empty(), Set.of());

	private final Map<Long, Gazetteer.Named> changed = new HashMap<>();

	private final Set<Long> deleted = new HashSet<>();

	Snapshot snapshot() {
		return snapshot;
	}

	/** Replaces everything with a new base built from {@code subjects}. */
	synchronized void reset(Collection<Gazetteer.Named> subjects) {
		changed.clear();
		deleted.clear();
		snapshot = new Snapshot(Gazetteer.build(subjects), Gazetteer.empty(), Set.of());
	}

	/** A subject was created or changed: its names are now {@code current}. */
	synchronized void update(Gazetteer.Named current) {
		changed.put(current.id(), current);
		deleted.remove(current.id());
		publish();
	}

	/** A subject no longer exists (deleted, or merged into another). */
	synchronized void remove(long id) {
		changed.remove(id);
		deleted.add(id);
		publish();
	}

	/** How many subjects the overlay holds; past {@link #REBUILD_AFTER} a new base is due. */
	synchronized int overlaySize() {
		return changed.size() + deleted.size();
	}

	private void publish() {
		Set<Long> stale = new HashSet<>(changed.keySet());
		stale.addAll(deleted);
		snapshot = new Snapshot(snapshot.base(), Gazetteer.build(changed.values()), Set.copyOf(stale));
	}

}
