package org.communitychest.panels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByMemberIdAndApplicationId(long memberId, long applicationId);

    List<ScoreSheet> findByMemberId(long memberId);

    @EntityGraph(attributePaths = "marks")
    List<ScoreSheet> findByApplicationIdAndStatusIn(long applicationId, Collection<SheetStatus> statuses);

    @EntityGraph(attributePaths = "marks")
    List<ScoreSheet> findByPanelIdAndStatusIn(long panelId, Collection<SheetStatus> statuses);

    List<ScoreSheet> findByPanelIdAndStatus(long panelId, SheetStatus status);

    /** (member id, count) of the panel's sheets in these states: one row per member, not per sheet. */
    @Query("""
            select s.memberId, count(s) from ScoreSheet s where s.panelId = :panelId and s.status in :statuses
            group by s.memberId""")
    List<Object[]> countByMember(@Param("panelId") long panelId, @Param("statuses") Collection<SheetStatus> statuses);
}
