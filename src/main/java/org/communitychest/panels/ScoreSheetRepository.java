package org.communitychest.panels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByMemberIdAndApplicationId(long memberId, long applicationId);

    List<ScoreSheet> findByMemberId(long memberId);

    @EntityGraph(attributePaths = "marks")
    List<ScoreSheet> findByApplicationIdAndStatusIn(long applicationId, Collection<SheetStatus> statuses);

    @EntityGraph(attributePaths = "marks")
    List<ScoreSheet> findByPanelIdAndStatusIn(long panelId, Collection<SheetStatus> statuses);

    List<ScoreSheet> findByPanelIdAndStatus(long panelId, SheetStatus status);
}
