package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funded list with the highest total score that meets the rules.
 *
 * <ol>
 * <li>Dynamic programming over £10 steps for the pot and one grant per organisation
 * ({@link KnapsackByDynamicProgramming}); then any bid that still fits the exact money left is added. If that list
 * also meets the other rules, it is the answer: no list meeting more rules can score more.</li>
 * <li>Otherwise ojAlgo's mixed-integer solver with all the rules ({@link KnapsackByMixedIntegerProgramming}).</li>
 * <li>If no list meets them all, the rules are taken one at a time in the round's order (shares, the reserve, then
 * priority gaps), and each that cannot be met together with those kept before it is set aside and reported; the
 * answer is the best list under the rules kept.</li>
 * </ol>
 * Should the solver fail to find any list in its time limit, the answer is the step 1 list, not proven optimal, and
 * its checks show which rules it misses.
 */
final class OptimalAllocation {

    private OptimalAllocation() {
    }

    static FundingOutcome run(AllocationProblem problem) {
        var relaxed = FundedSet.of(problem, KnapsackByDynamicProgramming.solve(problem));
        relaxed.fillUp();
        List<Rule> extra = problem.extraRules();
        if (problem.meets(extra, relaxed.chosen())) {
            return outcome(problem, FundingOutcome.Solver.DYNAMIC_PROGRAMMING, true, relaxed, List.of());
        }
        var solution = KnapsackByMixedIntegerProgramming.solve(problem, extra, false);
        List<Rule> kept = extra;
        List<Rule> setAside = new ArrayList<>();
        if (solution.status() == KnapsackByMixedIntegerProgramming.Status.INFEASIBLE) {
            kept = new ArrayList<>();
            for (Rule rule : extra) {
                List<Rule> tried = new ArrayList<>(kept);
                tried.add(rule);
                var check = KnapsackByMixedIntegerProgramming.solve(problem, tried, true);
                (check.status() == KnapsackByMixedIntegerProgramming.Status.INFEASIBLE ? setAside : kept).add(rule);
            }
            if (problem.meets(kept, relaxed.chosen())) {
                return outcome(problem, FundingOutcome.Solver.DYNAMIC_PROGRAMMING, true, relaxed, setAside);
            }
            solution = KnapsackByMixedIntegerProgramming.solve(problem, kept, false);
        }
        List<Rule> hard = new ArrayList<>(problem.allRules().subList(0, problem.rules.onePerOrganisation() ? 2 : 1));
        hard.addAll(kept);
        boolean found = solution.status() == KnapsackByMixedIntegerProgramming.Status.OPTIMAL
                || solution.status() == KnapsackByMixedIntegerProgramming.Status.FEASIBLE;
        if (!found || !problem.meets(hard, solution.chosen())) {
            return outcome(problem, FundingOutcome.Solver.MIXED_INTEGER_PROGRAMMING, false, relaxed, setAside);
        }
        var set = FundedSet.of(problem, solution.chosen());
        set.fillUp();
        return outcome(problem, FundingOutcome.Solver.MIXED_INTEGER_PROGRAMMING,
                solution.status() == KnapsackByMixedIntegerProgramming.Status.OPTIMAL, set, setAside);
    }

    private static FundingOutcome outcome(AllocationProblem problem, FundingOutcome.Solver solver, boolean proven,
                                          FundedSet set, List<Rule> setAside) {
        Map<Integer, FundedBid.Reason> because = new HashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            if (set.funded(i)) {
                because.put(i, FundedBid.Reason.BEST_COMBINATION);
            }
        }
        return Outcomes.build(problem, solver, proven, set, because, Outcomes.judgedAfterwards(problem, set),
                setAside);
    }
}
