package org.communitychest.panels.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocation under a budget (scoring spec section 7): the bids ranked in the published tie order, and the greedy and
 * optimal funded lists side by side, each with a reason for every unfunded bid, the partial award to the next bid
 * in line, the rules' figures and the totals.
 *
 * @param ranking the bids in the published order, with the lottery seed
 * @param greedy greedy with skip (see {@link GreedyAllocation} for how it honours the rules)
 * @param optimal the highest total score that meets the rules (see {@link OptimalAllocation})
 */
public record Allocation(long potPence, AllocationRules rules, Ranking ranking, FundingOutcome greedy,
                         FundingOutcome optimal) {

    /**
     * @param candidates the bids, each once
     * @param potPence the round's pot
     * @param seed the tie lottery's seed (log it: the same seed repeats the run)
     */
    public static Allocation of(List<AllocationCandidate> candidates, long potPence, AllocationRules rules,
                                long seed) {
        if (potPence < 0) {
            throw new IllegalArgumentException("the pot cannot be negative: " + potPence);
        }
        Map<Long, AllocationCandidate> byId = new LinkedHashMap<>();
        candidates.forEach(c -> {
            if (byId.put(c.bidId(), c) != null) {
                throw new IllegalArgumentException("a bid is given twice: " + c.bidId());
            }
        });
        var ranking = Ranking.of(candidates.stream().map(AllocationCandidate::forRanking).toList(), seed);
        var problem = new AllocationProblem(ranking, byId, potPence, rules);
        FundingOutcome greedy = GreedyAllocation.run(problem);
        boolean[] greedyList = new boolean[problem.size()];
        for (int i = 0; i < problem.size(); i++) {
            greedyList[i] = greedy.funds(problem.bid(i).bidId());
        }
        return new Allocation(potPence, rules, ranking, greedy, OptimalAllocation.run(problem, greedyList));
    }
}
