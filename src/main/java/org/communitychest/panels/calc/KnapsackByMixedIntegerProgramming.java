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

/**
 * The most total score within the pot under the rules the dynamic programme cannot carry (minimum shares, the
 * small-group reserve, priority gaps), as a 0–1 programme for ojAlgo's mixed-integer solver. Money is in pounds
 * (exact to the penny) to keep the solver's figures small; the caller checks the answer again in pence. A priority
 * gap g is covered ({@code y_g = 1}) only if a funded bid covers it: {@code y_g ≤ Σ_{b covers g} x_b},
 * {@code Σ y_g ≥ minimum}.
 */
final class KnapsackByMixedIntegerProgramming {

    /** How long the solver may search before it answers with the best list found so far. */
    static final long TIME_LIMIT_MILLIS = 10_000;

    enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, FAILED }

    record Solution(Status status, boolean[] chosen) {
    }

    private KnapsackByMixedIntegerProgramming() {
    }

    /**
     * @param rules the extra rules to honour (the pot and one grant per organisation always apply)
     * @param anyFeasible true to stop at the first list that meets the rules (a feasibility check)
     */
    static Solution solve(AllocationProblem problem, List<Rule> rules, boolean anyFeasible) {
        var model = new ExpressionsBasedModel();
        model.options.time_abort = TIME_LIMIT_MILLIS;
        int n = problem.size();
        Variable[] x = new Variable[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable().binary().weight(anyFeasible ? 0 : problem.bid(i).score());
        }
        Expression pot = model.addExpression().upper(pounds(problem.potPence));
        for (int i = 0; i < n; i++) {
            pot.set(x[i], pounds(problem.bid(i).costPence()));
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
                    Expression share = model.addExpression().lower(pounds(rule.required()));
                    for (int i = 0; i < n; i++) {
                        if (problem.inGroup(rule, i)) {
                            share.set(x[i], pounds(problem.bid(i).costPence()));
                        }
                    }
                }
                case SMALL_GROUP_RESERVE -> {
                    Expression others = model.addExpression().upper(pounds(rule.required()));
                    for (int i = 0; i < n; i++) {
                        if (!problem.bid(i).smallGroup()) {
                            others.set(x[i], pounds(problem.bid(i).costPence()));
                        }
                    }
                }
                case PRIORITY_GAPS -> addGaps(model, problem, x, rule);
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

    private static void addGaps(ExpressionsBasedModel model, AllocationProblem problem, Variable[] x, Rule rule) {
        Map<PriorityGap, List<Integer>> coveredBy = new LinkedHashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            for (PriorityGap gap : problem.bid(i).priorityGaps()) {
                coveredBy.computeIfAbsent(gap, g -> new ArrayList<>()).add(i);
            }
        }
        Expression count = model.addExpression().lower(rule.required());
        coveredBy.forEach((gap, bids) -> {
            Variable y = model.addVariable().binary();
            count.set(y, 1);
            Expression onlyIfFunded = model.addExpression().upper(0);
            onlyIfFunded.set(y, 1);
            bids.forEach(i -> onlyIfFunded.set(x[i], -1));
        });
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
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
