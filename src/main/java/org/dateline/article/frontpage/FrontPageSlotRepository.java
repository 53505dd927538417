package org.dateline.article.frontpage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrontPageSlotRepository extends JpaRepository<FrontPageSlot, Long> {

	List<FrontPageSlot> findAllByOrderByPositionAsc();

}
