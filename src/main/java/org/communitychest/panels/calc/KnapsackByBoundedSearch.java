package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most total score within the pot, with one grant per organisation when the round says so and at most one
 * minimum share, exact to the penny; or no answer when the search would be long (a fixed count of steps, so the same
 * round always gets the same answer).
 *
 * <p><b>Bound.</b> Money is written as fractions of the pot: bid i costs {@code c_i}, counts {@code a_i} towards the
 * share ({@code c_i} if it is in the share's group, else 0), and the share asks {@code ρ}. With prices {@code μ ≥ 0}
 * for the pot and {@code λ ≥ 0} for the share, its reduced score is {@code r_i = s_i + λ·a_i − μ·c_i}. Each group (an
 * organisation's bids, or a single bid) picks one bid or none, and {@code π_g = max(0, max r_i)} over its bids; a
 * pick's loss is {@code π_g − r_i}, and {@code π_g} for none. For every list x within the pot that meets the share,
 * <pre>
 *   score(x) = D − Σ_g loss_g(x) − μ·(1 − C(x)) − λ·(A(x) − ρ),     D = μ − λ·ρ + Σ_g π_g,
 * </pre>
 * where C and A are the list's money and share, and every term after D is at least 0. So D bounds every list (at the
 * μ and λ that make it least it is the linear programme's bound), and a list that beats one scoring S loses less
 * than D − S in total.
 *
 * <p><b>Search.</b> For a budget B, each group whose picks other than its best all lose B or more keeps its best pick;
 * the other groups are searched depth first, the least flexible first and each group's picks in order of loss. A
 * branch is cut when its loss, with the least slack its money must leave (priced at μ and λ), reaches the budget, or
 * when it can no longer fit the pot or meet the share; the budget falls to D − S as lists scoring S are found. Of
 * single bids alike in cost, share and score it takes the later only where it takes the earlier, so that rounds of
 * round numbers are not searched in every order. If the best list found scores at least D − B, no list scores more;
 * otherwise the next budget is D − S (or 2B while no list is found). Counted in pence, so it needs no rounding.
 */
final class KnapsackByBoundedSearch {

    /** Search steps before giving up: a third of a second or so. */
    static final long STEP_LIMIT = 5_000_000;

    /** How far below the bound the best list found may be when the search is cut short: a ten-thousandth. */
    static final double GAP = 1e-4;

    enum Status {
        /** No list meeting the rules scores more. */
        OPTIMAL,
        /** Cut short, but no list meeting the rules scores more than {@link #GAP} (relative) above the best found. */
        WITHIN_GAP,
        /** Rules it does not carry, no list meets the share, or cut short further from the bound. */
        GAVE_UP
    }

    /**
     * @param chosen the best list, or the best found so far (or null) when it gave up
     * @param bound no list meeting the rules scores more (infinite when no bound was found)
     * @param steps the search's steps
     */
    record Result(Status status, boolean[] chosen, double bound, long steps) {
    }

    private static final int BISECTIONS = 100;
    private static final int GOLDEN_SECTIONS = 100;
    private static final int DOUBLINGS = 60;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final AllocationProblem problem;
    private final long potPence;
    private final long requiredPence;
    private final double required;
    private final long stepLimit;
    /** Each group's bids (indices into the problem), only those within the pot. */
    private final int[][] groups;
    private final double[] score;
    private final double[] cost;
    private final double[] share;

    private double mu;
    private double lambda;
    private double bound;

    private int[][] pickBid;
    private double[][] pickLoss;
    private long[][] pickCost;
    private long[][] pickShare;
    private double[] secondLoss;
    private double tolerance;
    /** More than any list can lose, slack included. */
    private double mostLoss;

    private int[] core;
    private long[] leastCostAfter;
    private long[] mostCostAfter;
    private long[] leastShareAfter;
    private long[] mostShareAfter;
    private int[] picks;
    private boolean[] likePrevious;
    private double budget;
    private long steps;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private boolean[] best;

    private KnapsackByBoundedSearch(AllocationProblem problem, Rule shareRule, long stepLimit) {
        this.problem = problem;
        this.potPence = problem.potPence;
        this.requiredPence = shareRule == null ? 0 : shareRule.required();
        this.required = (double) requiredPence / potPence;
        this.stepLimit = stepLimit;
        this.groups = groups(problem);
        int n = problem.size();
        score = new double[n];
        cost = new double[n];
        share = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = problem.bid(i).score();
            cost[i] = (double) problem.bid(i).costPence() / potPence;
            share[i] = shareRule != null && problem.inGroup(shareRule, i) ? cost[i] : 0;
        }
    }

    static Result solve(AllocationProblem problem, List<Rule> extraRules) {
        return solve(problem, extraRules, STEP_LIMIT);
    }

    /** @param extraRules the rules beyond the pot and one grant per organisation: none, or one minimum share */
    static Result solve(AllocationProblem problem, List<Rule> extraRules, long stepLimit) {
        boolean oneShare = extraRules.size() == 1 && (extraRules.getFirst().kind() == ConstraintCheck.Kind.AREA_SHARE
                || extraRules.getFirst().kind() == ConstraintCheck.Kind.NEED_SHARE);
        if (stepLimit <= 0 || problem.potPence <= 0 || !(extraRules.isEmpty() || oneShare)) {
            return new Result(Status.GAVE_UP, null, Double.POSITIVE_INFINITY, 0);
        }
        var search = new KnapsackByBoundedSearch(problem, oneShare ? extraRules.getFirst() : null, stepLimit);
        return search.run();
    }

    private Result run() {
        if (!findPrices()) {
            return new Result(Status.GAVE_UP, null, Double.POSITIVE_INFINITY, 0);
        }
        preparePicks();
        double b = 1e-5 * (1 + Math.abs(bound));
        while (searchWithin(b)) {
            if (best != null && bestScore >= bound - b) {
                return new Result(Status.OPTIMAL, best, bound, steps);
            }
            if (b > mostLoss) {
                break; // every list was searched and none meets the share
            }
            b = best != null ? bound - bestScore + tolerance : 2 * b;
        }
        boolean close = best != null && bound - bestScore <= GAP * Math.abs(bound);
        return new Result(close ? Status.WITHIN_GAP : Status.GAVE_UP, best, bound, steps);
    }

    // --- the bound: D least over μ for each λ (bisection), and over λ (golden section); D is convex in both

    private boolean findPrices() {
        double lambdaAt = 0;
        if (required > 0) {
            double top = 0;
            for (int[] group : groups) {
                for (int i : group) {
                    top = Math.max(top, score[i] / cost[i]);
                }
            }
            top = Math.max(top, 1);
            int doublings = 0;
            while (leastOverMu(2 * top)[0] < leastOverMu(top)[0]) {
                top *= 2;
                if (++doublings > DOUBLINGS) {
                    return false;
                }
            }
            double lo = 0;
            double hi = 2 * top;
            double x1 = hi - GOLDEN * (hi - lo);
            double x2 = lo + GOLDEN * (hi - lo);
            double f1 = leastOverMu(x1)[0];
            double f2 = leastOverMu(x2)[0];
            for (int k = 0; k < GOLDEN_SECTIONS; k++) {
                if (f1 <= f2) {
                    hi = x2;
                    x2 = x1;
                    f2 = f1;
                    x1 = hi - GOLDEN * (hi - lo);
                    f1 = leastOverMu(x1)[0];
                } else {
                    lo = x1;
                    x1 = x2;
                    f1 = f2;
                    x2 = lo + GOLDEN * (hi - lo);
                    f2 = leastOverMu(x2)[0];
                }
            }
            lambdaAt = f1 <= f2 ? x1 : x2;
            if (leastOverMu(0)[0] <= Math.min(f1, f2)) {
                lambdaAt = 0;
            }
        }
        double[] at = leastOverMu(lambdaAt);
        lambda = lambdaAt;
        mu = at[1];
        bound = at[0];
        return Double.isFinite(bound);
    }

    /** {@code {least D over μ, that μ}} for this λ. */
    private double[] leastOverMu(double lambdaAt) {
        if (pastThePot(0, lambdaAt) <= 0) {
            return new double[] {bound(0, lambdaAt), 0};
        }
        double lo = 0;
        double hi = 0;
        for (int[] group : groups) {
            for (int i : group) {
                hi = Math.max(hi, (score[i] + lambdaAt * share[i]) / cost[i]);
            }
        }
        for (int k = 0; k < BISECTIONS && hi - lo > 1e-15 * hi; k++) {
            double mid = (lo + hi) / 2;
            if (pastThePot(mid, lambdaAt) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double atLo = bound(lo, lambdaAt);
        double atHi = bound(hi, lambdaAt);
        return atLo < atHi ? new double[] {atLo, lo} : new double[] {atHi, hi};
    }

    /** How far the groups' best picks at these prices spend past the pot (a fraction of it; ≤ 0 when they fit). */
    private double pastThePot(double muAt, double lambdaAt) {
        double spent = 0;
        for (int[] group : groups) {
            double top = 0;
            int pick = -1;
            for (int i : group) {
                double r = score[i] + lambdaAt * share[i] - muAt * cost[i];
                if (r > top) {
                    top = r;
                    pick = i;
                }
            }
            spent += pick < 0 ? 0 : cost[pick];
        }
        return spent - 1;
    }

    private double bound(double muAt, double lambdaAt) {
        double total = muAt - lambdaAt * required;
        for (int[] group : groups) {
            total += reducedTop(group, muAt, lambdaAt);
        }
        return total;
    }

    private double reducedTop(int[] group, double muAt, double lambdaAt) {
        double top = 0;
        for (int i : group) {
            top = Math.max(top, score[i] + lambdaAt * share[i] - muAt * cost[i]);
        }
        return top;
    }

    // --- the search

    /** Each group's picks (its bids, then none) in order of loss, the earlier first where they lose the same. */
    private void preparePicks() {
        int count = groups.length;
        pickBid = new int[count][];
        pickLoss = new double[count][];
        pickCost = new long[count][];
        pickShare = new long[count][];
        secondLoss = new double[count];
        double scale = 1 + Math.abs(bound);
        for (int g = 0; g < count; g++) {
            int[] group = groups[g];
            double top = reducedTop(group, mu, lambda);
            scale += top;
            Integer[] order = new Integer[group.length + 1];
            double[] loss = new double[group.length + 1];
            for (int k = 0; k <= group.length; k++) {
                order[k] = k;
                loss[k] = k == group.length ? top
                        : top - (score[group[k]] + lambda * share[group[k]] - mu * cost[group[k]]);
            }
            Arrays.sort(order, Comparator.comparingDouble(k -> loss[k]));
            pickBid[g] = new int[order.length];
            pickLoss[g] = new double[order.length];
            pickCost[g] = new long[order.length];
            pickShare[g] = new long[order.length];
            for (int k = 0; k < order.length; k++) {
                int bid = order[k] == group.length ? -1 : group[order[k]];
                pickBid[g][k] = bid;
                pickLoss[g][k] = Math.max(0, loss[order[k]]);
                pickCost[g][k] = bid < 0 ? 0 : problem.bid(bid).costPence();
                pickShare[g][k] = bid < 0 || share[bid] == 0 ? 0 : pickCost[g][k];
            }
            secondLoss[g] = order.length > 1 ? pickLoss[g][1] : Double.POSITIVE_INFINITY;
        }
        // rounding in D and the losses stays far below this; a looser cut only searches more
        tolerance = 1e-9 * scale;
        mostLoss = mu + lambda * Arrays.stream(share).sum() + tolerance;
        for (double[] losses : pickLoss) {
            mostLoss += losses[losses.length - 1];
        }
    }

    /** Searches every list that loses less than {@code b}; false if it took too many steps. */
    private boolean searchWithin(double b) {
        List<Integer> free = new ArrayList<>();
        long fixedCost = 0;
        long fixedShare = 0;
        double fixedScore = 0;
        for (int g = 0; g < groups.length; g++) {
            if (secondLoss[g] < b + tolerance) {
                free.add(g);
            } else if (pickBid[g][0] >= 0) {
                fixedCost += pickCost[g][0];
                fixedShare += pickShare[g][0];
                fixedScore += score[pickBid[g][0]];
            }
        }
        // alike single bids side by side, so that the search takes them in one order only
        free.sort(Comparator.comparingDouble((Integer g) -> -secondLoss[g])
                .thenComparingLong(g -> groups[g].length == 1 ? pickCost[g][0] : -1)
                .thenComparingLong(g -> groups[g].length == 1 ? pickShare[g][0] : -1)
                .thenComparingDouble(g -> groups[g].length == 1 ? score[groups[g][0]] : -1));
        core = free.stream().mapToInt(Integer::intValue).toArray();
        int depth = core.length;
        likePrevious = new boolean[depth];
        for (int d = 1; d < depth; d++) {
            likePrevious[d] = alike(core[d - 1], core[d]);
        }
        leastCostAfter = new long[depth + 1];
        mostCostAfter = new long[depth + 1];
        leastShareAfter = new long[depth + 1];
        mostShareAfter = new long[depth + 1];
        for (int d = depth - 1; d >= 0; d--) {
            int g = core[d];
            long leastCost = Long.MAX_VALUE;
            long mostCost = 0;
            long leastShare = Long.MAX_VALUE;
            long mostShare = 0;
            for (int k = 0; k < pickBid[g].length && pickLoss[g][k] < b + tolerance; k++) {
                leastCost = Math.min(leastCost, pickCost[g][k]);
                mostCost = Math.max(mostCost, pickCost[g][k]);
                leastShare = Math.min(leastShare, pickShare[g][k]);
                mostShare = Math.max(mostShare, pickShare[g][k]);
            }
            leastCostAfter[d] = leastCostAfter[d + 1] + leastCost;
            mostCostAfter[d] = mostCostAfter[d + 1] + mostCost;
            leastShareAfter[d] = leastShareAfter[d + 1] + leastShare;
            mostShareAfter[d] = mostShareAfter[d + 1] + mostShare;
        }
        picks = new int[depth];
        budget = best == null ? b : Math.min(b, bound - bestScore);
        return search(0, fixedCost, fixedShare, fixedScore, 0);
    }

    private boolean search(int depth, long spent, long shared, double total, double loss) {
        if (budget <= tolerance) {
            return true; // the best list found reaches the bound: nothing scores more
        }
        if (++steps > stepLimit) {
            return false;
        }
        if (spent + leastCostAfter[depth] > potPence || shared + mostShareAfter[depth] < requiredPence) {
            return true;
        }
        double slack = mu * Math.max(0, potPence - spent - mostCostAfter[depth]) / potPence
                + lambda * Math.max(0, shared + leastShareAfter[depth] - requiredPence) / potPence;
        if (loss + slack >= budget + tolerance) {
            return true;
        }
        if (depth == core.length) {
            if (total > bestScore) {
                bestScore = total;
                best = list();
                budget = Math.min(budget, bound - total);
            }
            return true;
        }
        int g = core[depth];
        // of two alike bids the search takes the later only where it takes the earlier (or both not)
        for (int k = likePrevious[depth] ? picks[depth - 1] : 0; k < pickBid[g].length; k++) {
            double after = loss + pickLoss[g][k];
            if (after >= budget + tolerance) {
                break;
            }
            picks[depth] = k;
            int bid = pickBid[g][k];
            if (!search(depth + 1, spent + pickCost[g][k], shared + pickShare[g][k],
                    total + (bid < 0 ? 0 : score[bid]), after)) {
                return false;
            }
        }
        return true;
    }

    /** Two single bids that cost, count towards the share and score the same. */
    private boolean alike(int g, int h) {
        return groups[g].length == 1 && groups[h].length == 1 && pickBid[g][0] == groups[g][0]
                && pickBid[h][0] == groups[h][0] && pickCost[g][0] == pickCost[h][0]
                && pickShare[g][0] == pickShare[h][0] && score[groups[g][0]] == score[groups[h][0]];
    }

    private boolean[] list() {
        boolean[] chosen = new boolean[problem.size()];
        boolean[] searched = new boolean[groups.length];
        for (int d = 0; d < core.length; d++) {
            searched[core[d]] = true;
            int bid = pickBid[core[d]][picks[d]];
            if (bid >= 0) {
                chosen[bid] = true;
            }
        }
        for (int g = 0; g < groups.length; g++) {
            if (!searched[g] && pickBid[g][0] >= 0) {
                chosen[pickBid[g][0]] = true;
            }
        }
        return chosen;
    }

    /** Each organisation's bids within the pot (one group per bid when organisations may have several grants). */
    private static int[][] groups(AllocationProblem problem) {
        Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            long key = problem.rules.onePerOrganisation() ? problem.bid(i).organisationId() : i;
            var bids = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (problem.bid(i).costPence() <= problem.potPence) {
                bids.add(i);
            }
        }
        return byKey.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
