package org.communitychest.panels.calc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy with skip, honouring the rules in three passes down the ranking:
 * <ol>
 * <li>each minimum share in turn (as the round lists them): fund the group's best-ranked bids that fit until the
 * share is met or no more of its bids fit;</li>
 * <li>priority gaps: while fewer than the minimum are covered, fund the best-ranked bid that fits and covers a gap
 * not yet covered;</li>
 * <li>the rest of the ranking: fund each bid that fits the money left, skip the others.</li>
 * </ol>
 * "Fits" means the money left, the small-group reserve (a bid not from a small group cannot spend it) and one grant
 * per organisation all allow it. A share or gap minimum that cannot be met this way is reported as not met. Each
 * unfunded bid's reason is what stopped it when its turn came in the last pass.
 */
final class GreedyAllocation {

    private GreedyAllocation() {
    }

    static FundingOutcome run(AllocationProblem problem) {
        var set = new FundedSet(problem);
        Map<Integer, FundedBid.Reason> because = new HashMap<>();
        for (Rule rule : problem.extraRules()) {
            if (rule.kind() == ConstraintCheck.Kind.AREA_SHARE || rule.kind() == ConstraintCheck.Kind.NEED_SHARE) {
                fillShare(problem, set, rule, because);
            }
        }
        coverGaps(problem, set, because);
        Map<Integer, UnfundedBid> unfunded = new HashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i)) {
                continue;
            }
            var blocker = set.blocker(i);
            if (blocker.isEmpty()) {
                set.add(i);
                because.put(i, FundedBid.Reason.RANKED_AND_FITTED);
            } else {
                unfunded.put(i, Outcomes.unfunded(problem, set, i, blocker.get()));
            }
        }
        return Outcomes.build(problem, FundingOutcome.Solver.GREEDY_WITH_SKIP, FundingOutcome.Optimality.NOT_CLAIMED,
                set, because, unfunded, List.of());
    }

    private static void fillShare(AllocationProblem problem, FundedSet set, Rule share,
                                  Map<Integer, FundedBid.Reason> because) {
        long inGroup = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i) && problem.inGroup(share, i)) {
                inGroup += problem.bid(i).costPence();
            }
        }
        for (int i = 0; i < problem.size() && inGroup < share.required(); i++) {
            if (!set.funded(i) && problem.inGroup(share, i) && set.blocker(i).isEmpty()) {
                set.add(i);
                inGroup += problem.bid(i).costPence();
                because.put(i, share.kind() == ConstraintCheck.Kind.AREA_SHARE ? FundedBid.Reason.AREA_SHARE
                        : FundedBid.Reason.NEED_SHARE);
            }
        }
    }

    private static void coverGaps(AllocationProblem problem, FundedSet set, Map<Integer, FundedBid.Reason> because) {
        Set<PriorityGap> covered = new HashSet<>();
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i)) {
                covered.addAll(problem.bid(i).priorityGaps());
            }
        }
        for (int i = 0; i < problem.size() && covered.size() < problem.rules.minimumPriorityGaps(); i++) {
            AllocationCandidate bid = problem.bid(i);
            if (!set.funded(i) && !covered.containsAll(bid.priorityGaps()) && set.blocker(i).isEmpty()) {
                set.add(i);
                covered.addAll(bid.priorityGaps());
                because.put(i, FundedBid.Reason.PRIORITY_GAP);
            }
        }
    }
}
