package org.communitychest.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    boolean existsByOrganisationIdAndUserId(long organisationId, long userId);

    List<Membership> findByOrganisationIdOrderByJoinedAtAscIdAsc(long organisationId);

    List<Membership> findByOrganisationIdInOrderByJoinedAtAscIdAsc(java.util.Collection<Long> organisationIds);
}
