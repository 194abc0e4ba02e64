package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the build's tests): the optimal allocation of 500 bids of
 * £500–£10,000 (about £2.6m asked) within a £2,000,000 pot, with one grant per organisation (50 organisations bid
 * twice) and a minimum share for area 1 (a fifth of the bids): once where the share is met anyway (10%), once where
 * it binds (22%). Prints the solver used and the median time of several runs after a warm-up, and the bounded
 * search's bound and steps; it never fails on time. Run it with
 * {@code ./mvnw test -Dtest=AllocationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AllocationBenchmark {

    private static final int BIDS = 500;
    private static final long POT = 2_000_000_00L;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @Test
    void optimalAllocationOfFiveHundredBids() {
        var bids = bids(new Random(500));
        for (double share : new double[] {0.10, 0.22}) {
            var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1, share)), true, 0, 0,
                    0);
            Allocation last = null;
            long[] millis = new long[RUNS];
            for (int run = -WARM_UP; run < RUNS; run++) {
                long start = System.nanoTime();
                last = Allocation.of(bids, POT, rules, 1);
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            var optimal = last.optimal();
            var greedy = last.greedy();
            System.out.printf(Locale.ROOT, "area share %.0f%%: %s %s, median %d ms (runs %s); funded %d for £%,d, "
                            + "score %.1f (greedy %d, score %.1f); rules met %s%n", share * 100, optimal.solver(),
                    optimal.optimality(), millis[RUNS / 2], Arrays.toString(millis),
                    optimal.totals().bidsFunded(), optimal.totals().fullAwardsPence() / 100,
                    optimal.totals().scoreSum(), greedy.totals().bidsFunded(), greedy.totals().scoreSum(),
                    optimal.allConstraintsMet());
            var problem = new AllocationProblem(last.ranking(), byId(bids), POT, rules);
            var search = KnapsackByBoundedSearch.solve(problem, problem.extraRules());
            System.out.printf(Locale.ROOT, "  bounded search: %s, bound %.2f, %,d of %,d steps%n", search.status(),
                    search.bound(), search.steps(), KnapsackByBoundedSearch.STEP_LIMIT);
        }
    }

    private static Map<Long, AllocationCandidate> byId(List<AllocationCandidate> bids) {
        Map<Long, AllocationCandidate> byId = new LinkedHashMap<>();
        bids.forEach(b -> byId.put(b.bidId(), b));
        return byId;
    }

    private static List<AllocationCandidate> bids(Random random) {
        List<AllocationCandidate> bids = new ArrayList<>();
        for (int i = 0; i < BIDS; i++) {
            long cost = (500 + random.nextInt(9_501)) * 100L;
            double score = Math.round(random.nextDouble() * 1000) / 10.0;
            long organisation = i < 450 ? i : random.nextInt(450);
            long area = i % 5 == 0 ? 1 : 2 + random.nextInt(9);
            bids.add(new AllocationCandidate(i + 1, organisation, cost, score, score, 0, Set.of(area), Set.of(), false,
                    Set.of()));
        }
        return bids;
    }
}
