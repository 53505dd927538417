package org.dateline.article.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sections, for {@link SectionService}; other packages ask the service. */
interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findAllByOrderByPositionAscNameAsc();

	Optional<Section> findBySlug(String slug);

}
