package org.dateline.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrontPageSlotRepository extends JpaRepository<FrontPageSlot, Long> {

	List<FrontPageSlot> findAllByOrderByPositionAsc();

}
