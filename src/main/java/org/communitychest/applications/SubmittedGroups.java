package org.communitychest.applications;

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
}
