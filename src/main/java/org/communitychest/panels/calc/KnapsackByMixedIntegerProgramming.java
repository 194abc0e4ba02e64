package org.communitychest.panels.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The most total score within the pot under the rules the dynamic programme cannot carry (minimum shares, the
 * small-group reserve, priority gaps), as a 0–1 programme for ojAlgo's mixed-integer solver. Money is written as
 * fractions of the pot; the caller checks the answer again in pence. A priority
 * gap g is covered ({@code y_g = 1}) only if a funded bid covers it: {@code y_g ≤ Σ_{b covers g} x_b},
 * {@code Σ y_g ≥ minimum}.
 */
final class KnapsackByMixedIntegerProgramming {

    /** How long the exact search may take before the search to the solver's gap takes over. */
    static final long EXACT_LIMIT_MILLIS = 1_000;
    /** How long the search to the gap may take before it answers with the best list found so far. */
    static final long GAP_LIMIT_MILLIS = 10_000;

    /**
     * One thread, so the same round always gives the same list, and no Gomory cuts: with them ojAlgo 56.1 called
     * feasible rounds infeasible and stopped short of the best list (seen in {@code OptimalAllocationCrossCheckTest}).
     */
    private static final IntegerStrategy.ConfigurableStrategy EXACT = IntegerStrategy.DEFAULT.withParallelism(() -> 1)
            .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(0.5)
                    .withViolation(BigDecimal.ZERO));
    /**
     * Stops when no list can beat the best found by more than a thousandth of the total score: ojAlgo's
     * {@code NumberContext.of(4, 8)} is a relative gap of 10⁻³ (its epsilon), not the 10⁻⁴ CPLEX and Gurobi stop at.
     * At 10⁻⁴ ({@code of(5, 8)}) ojAlgo did not get there within the 10 seconds for a 500-bid round, and at 10⁻³ it
     * stopped 0.07% below the best list (decision record 0030); proving the last decimal takes it minutes.
     */
    private static final IntegerStrategy TO_GAP = EXACT.withGapTolerance(NumberContext.of(4, 8));

    enum Status {
        /** No better list exists. */
        OPTIMAL,
        /** No list is better beyond the solver's gap. */
        WITHIN_GAP,
        /** The best list found in the time limit. */
        FEASIBLE,
        INFEASIBLE,
        FAILED
    }

    record Solution(Status status, boolean[] chosen) {

        boolean found() {
            return status == Status.OPTIMAL || status == Status.WITHIN_GAP || status == Status.FEASIBLE;
        }
    }

    private KnapsackByMixedIntegerProgramming() {
    }

    static Solution solve(AllocationProblem problem, List<Rule> rules, boolean anyFeasible) {
        return solve(problem, rules, anyFeasible, null);
    }

    /**
     * @param rules the extra rules to honour (the pot and one grant per organisation always apply)
     * @param anyFeasible true to stop at the first list that meets the rules (a feasibility check)
     * @param start a list that meets the rules, for the solver to start from (null if none is known)
     */
    static Solution solve(AllocationProblem problem, List<Rule> rules, boolean anyFeasible, boolean[] start) {
        if (problem.potPence == 0) {
            return new Solution(Status.OPTIMAL, new boolean[problem.size()]);
        }
        Solution exact = solve(problem, rules, anyFeasible, EXACT, EXACT_LIMIT_MILLIS, start);
        if (anyFeasible || exact.status() != Status.FEASIBLE && exact.status() != Status.FAILED) {
            return exact;
        }
        Solution toGap = solve(problem, rules, false, TO_GAP, GAP_LIMIT_MILLIS,
                exact.found() ? exact.chosen() : start);
        if (toGap.status() == Status.OPTIMAL) {
            return new Solution(Status.WITHIN_GAP, toGap.chosen());
        }
        return toGap.found() || !exact.found() ? toGap : exact;
    }

    private static Solution solve(AllocationProblem problem, List<Rule> rules, boolean anyFeasible,
                                  IntegerStrategy strategy, long limitMillis, boolean[] start) {
        var model = new ExpressionsBasedModel();
        model.options.time_abort = limitMillis;
        model.options.integer(strategy);
        int n = problem.size();
        Variable[] x = new Variable[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable().binary().weight(anyFeasible ? 0 : problem.bid(i).score());
            if (start != null) {
                x[i].value(start[i] ? BigDecimal.ONE : BigDecimal.ZERO);
            }
        }
        Expression pot = model.addExpression().upper(1.0);
        for (int i = 0; i < n; i++) {
            pot.set(x[i], share(problem, problem.bid(i).costPence()));
        }
        if (problem.rules.onePerOrganisation()) {
            Map<Long, List<Integer>> byOrganisation = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byOrganisation.computeIfAbsent(problem.bid(i).organisationId(), o -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bids : byOrganisation.values()) {
                if (bids.size() > 1) {
                    Expression one = model.addExpression().upper(1);
                    bids.forEach(i -> one.set(x[i], 1));
                }
            }
        }
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case AREA_SHARE, NEED_SHARE -> {
                    Expression share = model.addExpression().lower(share(problem, rule.required()));
                    for (int i = 0; i < n; i++) {
                        if (problem.inGroup(rule, i)) {
                            share.set(x[i], share(problem, problem.bid(i).costPence()));
                        }
                    }
                }
                case SMALL_GROUP_RESERVE -> {
                    Expression others = model.addExpression().upper(share(problem, rule.required()));
                    for (int i = 0; i < n; i++) {
                        if (!problem.bid(i).smallGroup()) {
                            others.set(x[i], share(problem, problem.bid(i).costPence()));
                        }
                    }
                }
                case PRIORITY_GAPS -> addGaps(model, problem, x, rule, start);
                default -> throw new IllegalArgumentException("not an extra rule: " + rule);
            }
        }
        Optimisation.Result result = model.maximise();
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = result.doubleValue(i) > 0.5;
        }
        return new Solution(status(result.getState()), chosen);
    }

    private static void addGaps(ExpressionsBasedModel model, AllocationProblem problem, Variable[] x, Rule rule,
                                boolean[] start) {
        Map<PriorityGap, List<Integer>> coveredBy = new LinkedHashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            for (PriorityGap gap : problem.bid(i).priorityGaps()) {
                coveredBy.computeIfAbsent(gap, g -> new ArrayList<>()).add(i);
            }
        }
        Expression count = model.addExpression().lower(rule.required());
        coveredBy.forEach((gap, bids) -> {
            Variable y = model.addVariable().binary();
            if (start != null) {
                y.value(bids.stream().anyMatch(i -> start[i]) ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            count.set(y, 1);
            Expression onlyIfFunded = model.addExpression().upper(0);
            onlyIfFunded.set(y, 1);
            bids.forEach(i -> onlyIfFunded.set(x[i], -1));
        });
    }

    /** Money as a fraction of the pot: ojAlgo 56 misjudges feasibility with figures in pounds or pence. */
    private static double share(AllocationProblem problem, long pence) {
        return (double) pence / problem.potPence;
    }

    private static Status status(Optimisation.State state) {
        if (state.isOptimal()) {
            return Status.OPTIMAL;
        }
        if (state.isFeasible()) {
            return Status.FEASIBLE;
        }
        return state == Optimisation.State.INFEASIBLE ? Status.INFEASIBLE : Status.FAILED;
    }
}
