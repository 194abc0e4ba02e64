package org.communitychest.panels.calc;

import java.util.List;
import java.util.Optional;

/**
 * One method's funded list with every figure behind it.
 *
 * @param solver how it was found
 * @param optimality how far the list is proven the best
 * @param funded bids funded in full, by rank
 * @param unfunded every other bid, by rank, with its reason
 * @param partialAward the check for the next bid in line; empty when the rules have no partial awards or no bid is
 *        left that the rules allow
 * @param constraints each rule of the round with its figures for this list (the partial award included)
 * @param setAside rules that could not be met together with those before them (optimal only): the list is the best
 *        one without them, and their checks show by how much they are missed
 * @param totals the money and scores
 */
public record FundingOutcome(Solver solver, Optimality optimality, List<FundedBid> funded, List<UnfundedBid> unfunded,
                             Optional<PartialAward> partialAward, List<ConstraintCheck> constraints,
                             List<ConstraintCheck> setAside, Totals totals) {

    public enum Solver {
        GREEDY_WITH_SKIP,
        /**
         * Exact to the penny, for the pot, one grant per organisation and at most one minimum share: a search among
         * the lists that Lagrangian bounds leave open ({@code KnapsackByBoundedSearch}).
         */
        BOUNDED_SEARCH,
        /** Exact over costs rounded up to £10 (so the pot is never exceeded), with one grant per organisation. */
        DYNAMIC_PROGRAMMING,
        /** ojAlgo's mixed-integer solver, over exact costs, for the shares, reserve and gaps. */
        MIXED_INTEGER_PROGRAMMING
    }

    /**
     * @param fullAwardsPence the funded bids' costs
     * @param partialAwardPence the partial award offered (0 if none)
     * @param moneyLeftPence the pot less both
     * @param scoreSum the funded bids' scores (the partial award not included)
     */
    /** How far a list is proven the best. */
    public enum Optimality {
        /** Greedy: no claim. */
        NOT_CLAIMED,
        /** No list meeting the rules scores more (dynamic programming: over costs rounded up to £10). */
        PROVEN,
        /**
         * No list meeting the rules scores more than a little above it: a thousandth of the total for ojAlgo's gap, a
         * ten-thousandth for the bounded search cut short.
         */
        WITHIN_SOLVER_GAP,
        /** The best list the solver found in its time limit, or greedy's where that scored more: not proven. */
        BEST_FOUND
    }

    public record Totals(long potPence, long fullAwardsPence, long partialAwardPence, long moneyLeftPence,
                         double scoreSum, int bidsFunded) {

        public long allocatedPence() {
            return fullAwardsPence + partialAwardPence;
        }
    }

    public FundingOutcome {
        funded = List.copyOf(funded);
        unfunded = List.copyOf(unfunded);
        constraints = List.copyOf(constraints);
        setAside = List.copyOf(setAside);
    }

    public boolean funds(long bidId) {
        return funded.stream().anyMatch(f -> f.bidId() == bidId);
    }

    public Optional<UnfundedBid> unfunded(long bidId) {
        return unfunded.stream().filter(u -> u.bidId() == bidId).findFirst();
    }

    public boolean allConstraintsMet() {
        return constraints.stream().allMatch(ConstraintCheck::met);
    }
}
