package org.communitychest.applications;

import org.communitychest.base.Money;

/**
 * The panel's decision on one eligible application, as the officer releases it: FUNDED with the whole request,
 * PART_FUNDED with a part of it, or NOT_FUNDED with nothing; and the feedback the group reads (needed unless
 * funded in full).
 */
public record BidDecision(long applicationId, ApplicationStatus outcome, Money awarded, String feedback) {

    public static BidDecision funded(long applicationId, Money requested, String feedback) {
        return new BidDecision(applicationId, ApplicationStatus.FUNDED, requested, feedback);
    }

    public static BidDecision partFunded(long applicationId, Money awarded, String feedback) {
        return new BidDecision(applicationId, ApplicationStatus.PART_FUNDED, awarded, feedback);
    }

    public static BidDecision notFunded(long applicationId, String feedback) {
        return new BidDecision(applicationId, ApplicationStatus.NOT_FUNDED, Money.ZERO, feedback);
    }
}
