package org.dateline.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlugAliasRepository extends JpaRepository<SlugAlias, String> {
}
