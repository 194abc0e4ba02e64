package org.communitychest.panels;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModeratedScoreRepository extends JpaRepository<ModeratedScore, Long> {

    List<ModeratedScore> findByPanelIdOrderByIdAsc(long panelId);
}
