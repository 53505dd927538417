package org.dateline.article.section;

import java.util.List;
import java.util.Optional;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors manage the paper's sections. */
@Service
@Transactional(readOnly = true)
public class SectionService {

	private final SectionRepository sections;

	SectionService(SectionRepository sections) {
		this.sections = sections;
	}

	public List<Section> all() {
		return sections.findAllByOrderByPositionAscNameAsc();
	}

	public Optional<Section> find(long id) {
		return sections.findById(id);
	}

	public boolean exists(long id) {
		return sections.existsById(id);
	}

	public Section get(long id) {
		return sections.findById(id).orElseThrow(() -> new SectionNotFoundException("#" + id));
	}

	@Transactional
	public Section create(String name, String slug, int position) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new DomainException("Give the section a name.");
		}
		checkLength(cleanName);
		Slug chosen = slug == null || slug.isBlank() ? Slug.from(cleanName, "section") : validSlug(slug.strip());
		if (sections.findBySlug(chosen.value()).isPresent()) {
			throw new DomainException("Another section already uses the slug '" + chosen + "'.");
		}
		return sections.save(new Section(chosen.value(), cleanName, position));
	}

	@Transactional
	public Section update(long id, String name, int position) {
		Section section = get(id);
		if (name == null || name.isBlank()) {
			throw new DomainException("Give the section a name.");
		}
		checkLength(name.strip());
		section.rename(name.strip(), position);
		return section;
	}

	private static void checkLength(String name) {
		if (name.length() > Section.NAME_MAX) {
			throw new DomainException("Keep the section name to " + Section.NAME_MAX + " characters or fewer.");
		}
	}

	private static Slug validSlug(String slug) {
		if (!Slug.isValid(slug)) {
			throw new DomainException("A slug uses lower-case letters, digits and single hyphens.");
		}
		return new Slug(slug);
	}

}
