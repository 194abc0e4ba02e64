package org.communitychest.panels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelRepository extends JpaRepository<Panel, Long> {

    Optional<Panel> findByRoundId(long roundId);

    List<Panel> findByIdIn(Collection<Long> ids);
}
