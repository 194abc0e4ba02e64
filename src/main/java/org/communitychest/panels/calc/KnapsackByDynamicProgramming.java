package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most total score within the pot, with at most one grant per organisation when the round says so (each
 * organisation's bids are a group of which at most one is taken), by dynamic programming over cost in £10 steps.
 * Costs are rounded up to the step and the pot down, so a chosen list never exceeds the real pot; the price is that
 * a list whose exact total fits but whose rounded total does not is never considered (at most £10 a bid).
 * Time is bids × pot steps (500 bids and £2m: 10⁸ steps), memory one bit per bid and step for the way back.
 */
final class KnapsackByDynamicProgramming {

    static final long STEP_PENCE = 1_000;

    private KnapsackByDynamicProgramming() {
    }

    static boolean[] solve(AllocationProblem problem) {
        int steps = Math.toIntExact(problem.potPence / STEP_PENCE);
        List<int[]> groups = groups(problem);
        double[] best = new double[steps + 1];
        int words = steps / 64 + 1;
        long[][] taken = new long[problem.size()][];
        for (int[] group : groups) {
            int[] weights = new int[group.length];
            double[] scores = new double[group.length];
            for (int k = 0; k < group.length; k++) {
                scores[k] = problem.bid(group[k]).score();
                long cost = problem.bid(group[k]).costPence();
                long rounded = (cost + STEP_PENCE - 1) / STEP_PENCE;
                weights[k] = rounded > steps ? -1 : (int) rounded;
                taken[group[k]] = new long[words];
            }
            for (int c = steps; c >= 0; c--) {
                double value = best[c];
                int choice = -1;
                for (int k = 0; k < group.length; k++) {
                    int w = weights[k];
                    if (w >= 0 && w <= c && scores[k] > 0 && best[c - w] + scores[k] > value) {
                        value = best[c - w] + scores[k];
                        choice = k;
                    }
                }
                if (choice >= 0) {
                    best[c] = value;
                    taken[group[choice]][c >>> 6] |= 1L << (c & 63);
                }
            }
        }
        boolean[] chosen = new boolean[problem.size()];
        int c = steps;
        for (int g = groups.size() - 1; g >= 0; g--) {
            for (int index : groups.get(g)) {
                if ((taken[index][c >>> 6] & (1L << (c & 63))) != 0) {
                    chosen[index] = true;
                    c -= (int) ((problem.bid(index).costPence() + STEP_PENCE - 1) / STEP_PENCE);
                    break;
                }
            }
        }
        return chosen;
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
