package org.communitychest.applications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long>, ApplicationSearch {

    List<Application> findByOrganisationIdInOrderByUpdatedAtDesc(java.util.Collection<Long> organisationIds);

    Optional<Application> findByIdAndPartnershipId(long id, long partnershipId);

    boolean existsByPartnershipIdAndOrganisationIdAndSubmittedAtIsNotNull(long partnershipId, long organisationId);

    List<Application> findByRoundIdAndStatusInOrderByReferenceAsc(long roundId,
            java.util.Collection<ApplicationStatus> statuses);
}
