package org.communitychest.applications;

import java.util.Set;
import org.communitychest.base.Money;
import org.communitychest.organisations.IncomeBand;

/**
 * An eligible application of a round as the panel's allocation and feedback work with it: who asks, for what, how
 * much, and what it targets. {@code incomeBand} is null if the group's profile cannot be read.
 */
public record EligibleBid(long id, String reference, long organisationId, String organisationName,
        IncomeBand incomeBand, String projectTitle, Money requested, Set<Long> needIds, Set<Long> areaIds,
        GapAlignment gaps) {
}
