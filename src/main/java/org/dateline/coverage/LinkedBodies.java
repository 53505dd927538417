package org.dateline.coverage;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Story bodies with their subjects' first mentions linked ({@link FirstMentionLinker}), kept so
 * that a story page built again (after a cache miss, or for a signed-in editor) does not parse its
 * body with jsoup again. An entry is kept under the body's own text and the story's subjects as the
 * page read them (slug, names, kind), so any edit of the body and any change to a subject the story
 * links gives a different key: nothing needs to be invalidated, and a stale link cannot be shown.
 * Entries no page asks for age out; the whole is bounded by {@link #MAX_CHARS}.
 */
@Component
public class LinkedBodies {

	/** The bound on the characters kept, bodies and linked bodies together (about 32 MB of heap). */
	static final long MAX_CHARS = 16L * 1024 * 1024;

	private record Key(String bodyHtml, List<StoryCoverage.LinkedSubject> subjects) {
	}

	private final Cache<Key, String> linked = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((Key key, String value) -> key.bodyHtml().length() + value.length())
		.build();

	/** What {@link FirstMentionLinker#link} gives for this body and these subjects. */
	public String link(String bodyHtml, List<StoryCoverage.LinkedSubject> subjects) {
		if (bodyHtml == null || bodyHtml.isEmpty() || subjects.isEmpty()) {
			return bodyHtml;
		}
		return linked.get(new Key(bodyHtml, List.copyOf(subjects)), key -> FirstMentionLinker.link(key.bodyHtml(), key.subjects()));
	}

}
