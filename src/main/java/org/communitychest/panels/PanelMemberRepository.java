package org.communitychest.panels;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByPanelIdOrderByIdAsc(long panelId);

    List<PanelMember> findByAccountId(long accountId);

    Optional<PanelMember> findByPanelIdAndAccountId(long panelId, long accountId);

    boolean existsByPanelIdAndAccountId(long panelId, long accountId);
}
