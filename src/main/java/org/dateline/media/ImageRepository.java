package org.dateline.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImageRepository extends JpaRepository<Image, Long> {

	Optional<Image> findByHash(String hash);

	List<Image> findByIdIn(Collection<Long> ids);

	List<Image> findByHashIn(Collection<String> hashes);

	List<Image> findByIdInOrHashIn(Collection<Long> ids, Collection<String> hashes);

}
