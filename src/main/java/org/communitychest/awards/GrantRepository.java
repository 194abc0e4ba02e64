package org.communitychest.awards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantRepository extends JpaRepository<Grant, Long> {

    List<Grant> findByRoundIdOrderByReferenceAsc(long roundId);

    List<Grant> findByOrganisationIdInOrderByUpdatedAtDesc(Collection<Long> organisationIds);

    Optional<Grant> findByApplicationId(long applicationId);

    List<Grant> findByPartnershipIdAndStatusInOrderByReferenceAsc(long partnershipId, Collection<GrantStatus> statuses);

    boolean existsByRoundId(long roundId);

    List<Grant> findByPartnershipIdAndStatusInAndIdGreaterThanOrderByIdAsc(long partnershipId,
            Collection<GrantStatus> statuses, long afterId, org.springframework.data.domain.Pageable page);
}
