package org.communitychest.panels.calc;

import java.util.Set;

/**
 * A bid that may be funded.
 *
 * @param score the moderated score, else the calibrated mean (0–100)
 * @param median the median of its reviewers' scores (second step of the tie order)
 * @param firstCriterionScore its score on the round's first criterion (third step of the tie order)
 * @param areaIds the areas it targets (its whole cost counts towards each area's minimum share)
 * @param needIds the need categories it targets (likewise)
 * @param smallGroup whether the applicant is a small group (income under the round's threshold)
 * @param priorityGaps the round's priority gaps it covers
 */
public record AllocationCandidate(long bidId, long organisationId, long costPence, double score, double median,
                                  double firstCriterionScore, Set<Long> areaIds, Set<Long> needIds,
                                  boolean smallGroup, Set<PriorityGap> priorityGaps) {

    public AllocationCandidate {
        if (costPence <= 0) {
            throw new IllegalArgumentException("a bid's cost must be positive: " + bidId);
        }
        areaIds = Set.copyOf(areaIds);
        needIds = Set.copyOf(needIds);
        priorityGaps = Set.copyOf(priorityGaps);
    }

    Ranking.Bid forRanking() {
        return new Ranking.Bid(bidId, score, median, firstCriterionScore, costPence);
    }
}
