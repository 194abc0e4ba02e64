package org.communitychest.awards;

import org.communitychest.base.Money;

/** A grant in a list: who, for what, how much, where it is and what has been paid. */
public record GrantRow(long id, String reference, String organisationName, String projectTitle, Money amount,
        GrantStatus status, Money paid) {

    static GrantRow of(Grant grant) {
        return new GrantRow(grant.getId(), grant.getReference(), grant.getOrganisationName(),
                grant.getProjectTitle(), grant.amount(), grant.getStatus(), grant.paidSoFar());
    }
}
