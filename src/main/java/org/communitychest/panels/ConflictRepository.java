package org.communitychest.panels;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<ConflictDeclaration, Long> {

    List<ConflictDeclaration> findByMemberId(long memberId);

    Optional<ConflictDeclaration> findByMemberIdAndApplicationId(long memberId, long applicationId);

    List<ConflictDeclaration> findByPanelIdOrderByDeclaredAtAsc(long panelId);
}
