package org.communitychest.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationInvitationRepository extends JpaRepository<OrganisationInvitation, Long> {

    Optional<OrganisationInvitation> findByTokenHash(String tokenHash);

    List<OrganisationInvitation> findByOrganisationIdAndEmailAndAcceptedAtIsNull(long organisationId, String email);

    List<OrganisationInvitation> findByOrganisationIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtAscIdAsc(
            long organisationId, Instant now);
}
