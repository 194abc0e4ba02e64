package org.communitychest.panels;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelDecisionRepository extends JpaRepository<PanelDecision, Long> {

    Optional<PanelDecision> findByRoundId(long roundId);
}
