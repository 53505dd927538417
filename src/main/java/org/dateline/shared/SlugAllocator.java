package org.dateline.shared;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the slug of a new or renamed story or subject: the one asked for, if it is well formed
 * and free, or else (when none is asked for) one made from the name with the first free
 * numbered suffix ({@code rome-talks}, {@code rome-talks-2}, ...). What "free" means is the
 * owner's business: the story and subject modules each pass their own test.
 */
public final class SlugAllocator {

	private final String noun;

	private final Function<String, ? extends DomainException> refusal;

	/**
	 * @param noun what is being named, as in "Another story already uses the slug"; also the slug
	 * made from a name with no letters or digits
	 * @param refusal makes the exception that refuses a malformed or taken slug
	 */
	public SlugAllocator(String noun, Function<String, ? extends DomainException> refusal) {
		this.noun = noun;
		this.refusal = refusal;
	}

	/**
	 * @param requested the slug asked for, or blank to make one from {@code name}
	 * @param free whether a slug may be used
	 */
	public Slug allocate(String requested, String name, Predicate<String> free) {
		if (requested != null && !requested.isBlank()) {
			String wanted = requested.strip();
			if (!Slug.isValid(wanted)) {
				throw refusal.apply("A slug uses lower-case letters, digits and single hyphens.");
			}
			if (!free.test(wanted)) {
				throw refusal.apply("Another " + noun + " already uses the slug '" + wanted + "'.");
			}
			return new Slug(wanted);
		}
		Slug base = Slug.from(name, noun);
		Slug candidate = base;
		for (int n = 2; !free.test(candidate.value()); n++) {
			candidate = base.withSuffix(n);
		}
		return candidate;
	}

}
