package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dynamic programme against every subset, with costs in whole £10s (so its steps are exact). */
class KnapsackByDynamicProgrammingTest {

    private static final int BIDS = 12;

    @Test
    void findsTheBestListWhetherThePotIsSmallOrLargerThanAllTheBidsAsk() {
        var random = new Random(77);
        for (int round = 0; round < 80; round++) {
            List<AllocationCandidate> bids = new ArrayList<>();
            long asked = 0;
            for (int i = 0; i < BIDS; i++) {
                long cost = (50 + random.nextInt(950)) * 1_000L;
                asked += cost;
                // some scores of 0, which add nothing
                double score = random.nextInt(6) == 0 ? 0 : Math.round(random.nextDouble() * 1000) / 10.0;
                bids.add(new AllocationCandidate(i + 1, random.nextInt(7), cost, score, score, 0, Set.of(), Set.of(),
                        false, Set.of()));
            }
            // from a fifth of what is asked to half as much again
            long pot = asked / 1_000 * (20 + round % 14 * 10) / 100 * 1_000;
            var rules = new AllocationRules(List.of(), round % 2 == 0, 0, 0, 0);
            Map<Long, AllocationCandidate> byId = new LinkedHashMap<>();
            bids.forEach(b -> byId.put(b.bidId(), b));
            var ranking = Ranking.of(bids.stream().map(AllocationCandidate::forRanking).toList(), round);
            var problem = new AllocationProblem(ranking, byId, pot, rules);

            boolean[] chosen = KnapsackByDynamicProgramming.solve(problem);

            assertThat(problem.meets(problem.allRules(), chosen)).as("round %d", round).isTrue();
            assertThat(BruteForce.score(problem, chosen)).as("round %d", round)
                    .isCloseTo(BruteForce.best(problem), within(1e-9));
        }
    }

}
