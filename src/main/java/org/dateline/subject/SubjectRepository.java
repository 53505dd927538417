package org.dateline.subject;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubjectRepository extends JpaRepository<Subject, Long> {

	Optional<Subject> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query(value = "select exists (select 1 from subject)", nativeQuery = true)
	boolean anySubject();

	boolean existsBySlugAndIdNot(String slug, long id);

	@Query("select o from Organization o where o.id = :id")
	Optional<Organization> findOrganization(long id);

}
