package org.communitychest.panels.calc;

/**
 * A bid funded in full, and why.
 *
 * @param rank its place in the ranking
 */
public record FundedBid(long bidId, int rank, long costPence, double score, Reason reason) {

    public enum Reason {
        /** Greedy: it was next in the ranking and fitted the money left. */
        RANKED_AND_FITTED,
        /** Greedy: funded first, as the best-ranked bid that helps meet an area's minimum share. */
        AREA_SHARE,
        /** Greedy: funded first, as the best-ranked bid that helps meet a need's minimum share. */
        NEED_SHARE,
        /** Greedy: funded first, as the best-ranked bid that covers a priority gap not yet covered. */
        PRIORITY_GAP,
        /** Optimal: part of the combination with the highest total score that meets the rules. */
        BEST_COMBINATION
    }
}
