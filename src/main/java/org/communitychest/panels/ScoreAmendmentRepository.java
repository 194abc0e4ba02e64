package org.communitychest.panels;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreAmendmentRepository extends JpaRepository<ScoreAmendment, Long> {

    List<ScoreAmendment> findBySheetIdInOrderByAmendedAtAsc(Collection<Long> sheetIds);
}
