package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most total score within the pot, with at most one grant per organisation when the round says so (each
 * organisation's bids are a group of which at most one is taken), by dynamic programming over cost in £10 steps.
 * Costs are rounded up to the step and the pot down, so a chosen list never exceeds the real pot; the price is that
 * a list whose exact total fits but whose rounded total does not is never considered (at most £10 a bid).
 * Time is at most bids × pot steps (500 bids and £2m: 10⁸), less where the bids ask little more than the pot (only
 * the capacities the answer can read are worked out); memory one bit per bid and capacity for the way back.
 */
final class KnapsackByDynamicProgramming {

    static final long STEP_PENCE = 1_000;

    private KnapsackByDynamicProgramming() {
    }

    static boolean[] solve(AllocationProblem problem) {
        int steps = Math.toIntExact(problem.potPence / STEP_PENCE);
        List<int[]> groups = new ArrayList<>();
        List<int[]> weights = new ArrayList<>();
        for (int[] group : groups(problem)) {
            int[] kept = Arrays.stream(group).filter(i -> problem.bid(i).score() > 0 && steps(problem, i) <= steps)
                    .toArray();
            if (kept.length > 0) {
                groups.add(kept);
                weights.add(Arrays.stream(kept).map(i -> steps(problem, i)).toArray());
            }
        }
        int count = groups.size();
        // after group g only capacities from low[g] (what the groups after it could still fill) up to high[g] (what
        // the groups so far could fill) are needed: the answer at the pot reads no lower one, and higher ones equal
        // the one at high[g]
        int[] low = new int[count];
        int[] high = new int[count];
        long after = 0;
        for (int g = count - 1; g >= 0; g--) {
            low[g] = (int) Math.max(0, steps - after);
            after += Arrays.stream(weights.get(g)).max().orElse(0);
        }
        long before = 0;
        for (int g = 0; g < count; g++) {
            before += Arrays.stream(weights.get(g)).max().orElse(0);
            high[g] = (int) Math.min(steps, before);
            low[g] = Math.min(low[g], high[g]);
        }
        double[] best = new double[steps + 1];
        long[][] taken = new long[problem.size()][];
        int reached = 0;
        for (int g = 0; g < count; g++) {
            int[] group = groups.get(g);
            int[] weight = weights.get(g);
            double[] scores = Arrays.stream(group).mapToDouble(i -> problem.bid(i).score()).toArray();
            Arrays.fill(best, reached + 1, high[g] + 1, best[reached]);
            reached = high[g];
            int words = (high[g] - low[g]) / 64 + 1;
            for (int index : group) {
                taken[index] = new long[words];
            }
            if (group.length == 1) {
                addSingle(best, taken[group[0]], weight[0], scores[0], low[g], high[g]);
            } else {
                addGroup(best, taken, group, weight, scores, low[g], high[g]);
            }
        }
        boolean[] chosen = new boolean[problem.size()];
        int c = steps;
        for (int g = count - 1; g >= 0; g--) {
            c = Math.min(c, high[g]);
            int bit = c - low[g];
            int[] group = groups.get(g);
            for (int k = 0; k < group.length; k++) {
                if ((taken[group[k]][bit >>> 6] & (1L << (bit & 63))) != 0) {
                    chosen[group[k]] = true;
                    c -= weights.get(g)[k];
                    break;
                }
            }
        }
        return chosen;
    }

    private static void addSingle(double[] best, long[] taken, int weight, double score, int low, int high) {
        for (int c = high; c >= Math.max(low, weight); c--) {
            double with = best[c - weight] + score;
            if (with > best[c]) {
                best[c] = with;
                int bit = c - low;
                taken[bit >>> 6] |= 1L << (bit & 63);
            }
        }
    }

    private static void addGroup(double[] best, long[][] taken, int[] group, int[] weights, double[] scores, int low,
                                 int high) {
        for (int c = high; c >= low; c--) {
            double value = best[c];
            int choice = -1;
            for (int k = 0; k < group.length; k++) {
                int w = weights[k];
                if (w <= c && best[c - w] + scores[k] > value) {
                    value = best[c - w] + scores[k];
                    choice = k;
                }
            }
            if (choice >= 0) {
                best[c] = value;
                int bit = c - low;
                taken[group[choice]][bit >>> 6] |= 1L << (bit & 63);
            }
        }
    }

    private static int steps(AllocationProblem problem, int index) {
        long cost = problem.bid(index).costPence();
        return (int) Math.min(Integer.MAX_VALUE, (cost + STEP_PENCE - 1) / STEP_PENCE);
    }

    /** Each organisation's bids (one group per bid when organisations may have several grants), in rank order. */
    private static List<int[]> groups(AllocationProblem problem) {
        Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < problem.size(); i++) {
            long key = problem.rules.onePerOrganisation() ? problem.bid(i).organisationId() : i;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return byKey.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
