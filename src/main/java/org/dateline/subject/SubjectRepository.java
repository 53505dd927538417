package org.dateline.subject;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectRepository extends JpaRepository<Subject, Long> {

	Optional<Subject> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, long id);

}
