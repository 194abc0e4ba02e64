package org.communitychest.applications;

import java.util.Collection;
import java.util.Set;
import org.communitychest.organisations.GroupsApplyingTo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A group has applied to a partnership once it has submitted an application there (drafts do not count). */
@Component
class SubmittedGroups implements GroupsApplyingTo {

    private final ApplicationRepository applications;

    SubmittedGroups(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasApplied(long partnershipId, long organisationId) {
        return applications.existsByPartnershipIdAndOrganisationIdAndSubmittedAtIsNotNull(partnershipId,
                organisationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> whichHaveApplied(long partnershipId, Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Set.of()
                : Set.copyOf(applications.organisationsThatSubmitted(partnershipId, organisationIds));
    }
}
