package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funded list with the highest total score that meets the rules.
 *
 * <ol>
 * <li>With no rules beyond the pot and one grant per organisation but at most one minimum share: a search within
 * Lagrangian bounds ({@link KnapsackByBoundedSearch}), exact to the penny, unless it would be long.</li>
 * <li>Dynamic programming over £10 steps for the pot and one grant per organisation
 * ({@link KnapsackByDynamicProgramming}); then any bid that still fits the exact money left is added. If that list
 * also meets the other rules, it is the answer: no list meeting more rules can score more.</li>
 * <li>Otherwise ojAlgo's mixed-integer solver with all the rules ({@link KnapsackByMixedIntegerProgramming}).</li>
 * <li>If no list meets them all, the rules are taken one at a time in the round's order (shares, the reserve, then
 * priority gaps), and each that cannot be met together with those kept before it is set aside and reported; the
 * answer is the best list under the rules kept.</li>
 * </ol>
 * Every list the solver gives is checked again in pence; the greedy list, or the best the search found before it
 * was cut short, stands in for it if it meets the rules and scores more (not proven optimal then), and the step 2
 * list if none does, its checks showing the rules it misses. A rule is only set aside when neither greedy's list
 * nor step 2's meets it with those kept before it.
 */
final class OptimalAllocation {

    private OptimalAllocation() {
    }

    /** @param greedy the greedy list, a list the solver's answers are checked against */
    static FundingOutcome run(AllocationProblem problem, boolean[] greedy) {
        return run(problem, greedy, KnapsackByBoundedSearch.STEP_LIMIT);
    }

    /** @param searchSteps how long the search of step 1 may be (0 to go straight to step 2) */
    static FundingOutcome run(AllocationProblem problem, boolean[] greedy, long searchSteps) {
        List<Rule> extra = problem.extraRules();
        var searched = KnapsackByBoundedSearch.solve(problem, extra, searchSteps);
        if (searched.status() != KnapsackByBoundedSearch.Status.GAVE_UP
                && problem.meets(problem.allRules(), searched.chosen())) {
            var set = FundedSet.of(problem, searched.chosen());
            set.fillUp();
            return outcome(problem, FundingOutcome.Solver.BOUNDED_SEARCH,
                    searched.status() == KnapsackByBoundedSearch.Status.OPTIMAL ? FundingOutcome.Optimality.PROVEN
                            : FundingOutcome.Optimality.WITHIN_SOLVER_GAP, set, List.of());
        }
        boolean[] found = searched.chosen() != null && problem.meets(problem.allRules(), searched.chosen())
                ? searched.chosen() : null;
        var relaxed = FundedSet.of(problem, KnapsackByDynamicProgramming.solve(problem));
        relaxed.fillUp();
        if (problem.meets(extra, relaxed.chosen())) {
            if (found != null && score(problem, found) > score(problem, relaxed.chosen())) {
                // a list that fits only to the penny, which the £10 steps cannot see
                var set = FundedSet.of(problem, found);
                set.fillUp();
                return outcome(problem, FundingOutcome.Solver.BOUNDED_SEARCH, FundingOutcome.Optimality.BEST_FOUND,
                        set, List.of());
            }
            return outcome(problem, FundingOutcome.Solver.DYNAMIC_PROGRAMMING, FundingOutcome.Optimality.PROVEN,
                    relaxed, List.of());
        }
        List<Rule> kept = extra;
        List<Rule> setAside = new ArrayList<>();
        // the search's best list, near its bound, helps ojAlgo; greedy's, further off, held it back for seconds
        var solution = KnapsackByMixedIntegerProgramming.solve(problem, kept, false, found);
        if (solution.status() == KnapsackByMixedIntegerProgramming.Status.INFEASIBLE && !problem.meets(kept, greedy)) {
            kept = new ArrayList<>();
            for (Rule rule : extra) {
                List<Rule> tried = new ArrayList<>(kept);
                tried.add(rule);
                boolean feasible = problem.meets(tried, greedy) || problem.meets(tried, relaxed.chosen())
                        || KnapsackByMixedIntegerProgramming.solve(problem, tried, true).status()
                        != KnapsackByMixedIntegerProgramming.Status.INFEASIBLE;
                (feasible ? kept : setAside).add(rule);
            }
            if (problem.meets(kept, relaxed.chosen())) {
                return outcome(problem, FundingOutcome.Solver.DYNAMIC_PROGRAMMING, FundingOutcome.Optimality.PROVEN,
                        relaxed, setAside);
            }
            solution = KnapsackByMixedIntegerProgramming.solve(problem, kept, false);
        }
        List<Rule> binding = new ArrayList<>(problem.potAndOrganisationRules());
        binding.addAll(kept);
        FundedSet best = null;
        var optimality = FundingOutcome.Optimality.BEST_FOUND;
        if (solution.found() && problem.meets(binding, solution.chosen())) {
            best = FundedSet.of(problem, solution.chosen());
            best.fillUp();
            optimality = switch (solution.status()) {
                case OPTIMAL -> FundingOutcome.Optimality.PROVEN;
                case WITHIN_GAP -> FundingOutcome.Optimality.WITHIN_SOLVER_GAP;
                default -> FundingOutcome.Optimality.BEST_FOUND;
            };
        }
        // a solver's slip must never show the panel a worse list than greedy's or the search's
        for (boolean[] known : new boolean[][] {found, greedy}) {
            if (known != null && problem.meets(binding, known)
                    && (best == null || score(problem, known) > score(problem, best.chosen()))) {
                best = FundedSet.of(problem, known);
                best.fillUp();
                optimality = FundingOutcome.Optimality.BEST_FOUND;
            }
        }
        return outcome(problem, FundingOutcome.Solver.MIXED_INTEGER_PROGRAMMING, optimality,
                best == null ? relaxed : best, setAside);
    }

    private static double score(AllocationProblem problem, boolean[] chosen) {
        double total = 0;
        for (int i = 0; i < chosen.length; i++) {
            total += chosen[i] ? problem.bid(i).score() : 0;
        }
        return total;
    }

    private static FundingOutcome outcome(AllocationProblem problem, FundingOutcome.Solver solver,
                                          FundingOutcome.Optimality proven,
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
