package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Turns a funded list into a {@link FundingOutcome}: the partial award, the reasons, the checks and totals. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * @param fundedBecause why each funded bid (index) is funded
     * @param unfunded the reason for each unfunded bid (index); the next bid in line's becomes the partial award if
     *        it is offered one
     */
    static FundingOutcome build(AllocationProblem problem, FundingOutcome.Solver solver,
                                FundingOutcome.Optimality optimality,
                                FundedSet set, Map<Integer, FundedBid.Reason> fundedBecause,
                                Map<Integer, UnfundedBid> unfunded, List<Rule> setAside) {
        Map<Integer, UnfundedBid> reasons = new TreeMap<>(unfunded);
        Optional<PartialAward> partial = partialAward(problem, set);
        Map<Integer, Long> awarded = problem.awarded(set.chosen());
        partial.filter(PartialAward::offered).ifPresent(p -> {
            int index = indexOf(problem, p.bidId());
            awarded.put(index, p.amountPence());
            var before = reasons.get(index);
            reasons.put(index, new UnfundedBid(before.bidId(), before.rank(), before.costPence(),
                    UnfundedBid.Reason.OFFERED_PARTIAL_AWARD, p.availablePence(), OptionalLong.empty()));
        });
        List<FundedBid> funded = new ArrayList<>();
        long full = 0;
        double scores = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i)) {
                AllocationCandidate bid = problem.bid(i);
                funded.add(new FundedBid(bid.bidId(), i + 1, bid.costPence(), bid.score(), fundedBecause.get(i)));
                full += bid.costPence();
                scores += bid.score();
            }
        }
        long partialPence = partial.map(PartialAward::amountPence).orElse(0L);
        var totals = new FundingOutcome.Totals(problem.potPence, full, partialPence,
                problem.potPence - full - partialPence, scores, funded.size());
        List<ConstraintCheck> checks = problem.allRules().stream().map(r -> problem.check(r, awarded)).toList();
        List<ConstraintCheck> asideChecks = setAside.stream().map(r -> problem.check(r, awarded)).toList();
        return new FundingOutcome(solver, optimality, funded, List.copyOf(reasons.values()), partial, checks,
                asideChecks, totals);
    }

    /** The reasons for the bids a finished list leaves out, judged against that list (the optimal method's). */
    static Map<Integer, UnfundedBid> judgedAfterwards(AllocationProblem problem, FundedSet set) {
        Map<Integer, UnfundedBid> reasons = new TreeMap<>();
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i)) {
                continue;
            }
            AllocationCandidate bid = problem.bid(i);
            UnfundedBid.Reason reason = set.blocker(i).orElse(UnfundedBid.Reason.NO_SCORE_GAINED);
            if (reason == UnfundedBid.Reason.DID_NOT_FIT) {
                // the reserve is what stops it if leaving out small groups' bids would make room but the reserve not
                boolean reserveStops = !bid.smallGroup() && bid.costPence() > set.othersRoom()
                        && bid.costPence() <= problem.potPence - set.othersSpent();
                reason = reserveStops ? UnfundedBid.Reason.RESERVED_FOR_SMALL_GROUPS
                        : UnfundedBid.Reason.DISPLACES_BIDS_WORTH_MORE;
            }
            reasons.put(i, unfunded(problem, set, i, reason));
        }
        return reasons;
    }

    /** An unfunded bid with the money that was left for it when the reason was found. */
    static UnfundedBid unfunded(AllocationProblem problem, FundedSet set, int index, UnfundedBid.Reason reason) {
        AllocationCandidate bid = problem.bid(index);
        long money = reason == UnfundedBid.Reason.RESERVED_FOR_SMALL_GROUPS ? set.availableTo(index) : set.moneyLeft();
        OptionalLong organisation = reason == UnfundedBid.Reason.ORGANISATION_ALREADY_FUNDED
                ? set.fundedBidOf(bid.organisationId()) : OptionalLong.empty();
        return new UnfundedBid(bid.bidId(), index + 1, bid.costPence(), reason, money, organisation);
    }

    private static Optional<PartialAward> partialAward(AllocationProblem problem, FundedSet set) {
        double fraction = problem.rules.partialAwardFraction();
        if (fraction <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < problem.size(); i++) {
            boolean organisationFunded = problem.rules.onePerOrganisation()
                    && set.fundedBidOf(problem.bid(i).organisationId()).isPresent();
            if (set.funded(i) || organisationFunded) {
                continue;
            }
            long available = set.availableTo(i);
            if (available <= 0) {
                continue;
            }
            AllocationCandidate bid = problem.bid(i);
            boolean offered = available >= AllocationRules.fractionOf(fraction, bid.costPence());
            return Optional.of(new PartialAward(bid.bidId(), i + 1, bid.costPence(), Math.min(available,
                    bid.costPence()), fraction, offered));
        }
        return Optional.empty();
    }

    private static int indexOf(AllocationProblem problem, long bidId) {
        for (int i = 0; i < problem.size(); i++) {
            if (problem.bid(i).bidId() == bidId) {
                return i;
            }
        }
        throw new IllegalStateException("no bid " + bidId);
    }
}
