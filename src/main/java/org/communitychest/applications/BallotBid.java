package org.communitychest.applications;

import org.communitychest.base.Money;

/** A bid as a resident's ballot shows it: who asks, for what, in plain words, how much, and the gaps it covers. */
public record BallotBid(long id, String reference, long organisationId, String organisationName, String title,
        String summary, Money cost, GapAlignment gaps) {
}
