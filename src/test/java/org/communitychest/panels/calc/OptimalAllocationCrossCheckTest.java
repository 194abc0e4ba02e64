package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The optimal method against every subset of small random rounds (costs in whole £10s, so the £10 steps of the
 * dynamic programme are exact): its total score is the best any list meeting the rules reaches (within the
 * solver's gap where it says so), and greedy never beats it when greedy meets the rules too. Each round is solved
 * three times: as the panel gets it (the bounded search first where it applies, and then it must answer), with the
 * bounded search given no steps, so that the dynamic programme and ojAlgo answer it, and with the search cut short.
 */
class OptimalAllocationCrossCheckTest {

    private static final int BIDS = 12;

    @Test
    void findsTheBestListOfRandomRounds() {
        var random = new Random(2026);
        for (int round = 0; round < Integer.getInteger("rounds", 60); round++) {
            List<AllocationCandidate> bids = new ArrayList<>();
            for (int i = 0; i < BIDS; i++) {
                long cost = (50 + random.nextInt(950)) * 1_000L;
                double score = Math.round(random.nextDouble() * 1000) / 10.0;
                Set<PriorityGap> gaps = random.nextInt(3) == 0 ? Set.of(new PriorityGap(random.nextInt(4), 1))
                        : Set.of();
                bids.add(new AllocationCandidate(i + 1, random.nextInt(9), cost, score, score, 0,
                        Set.of((long) random.nextInt(3)), Set.of(), random.nextInt(4) == 0, gaps));
            }
            long pot = (2_000 + random.nextInt(3_000)) * 1_000L;
            var rules = switch (round % 5) {
                case 0 -> AllocationRules.none();
                case 1 -> new AllocationRules(List.of(), true, 0, 0, 0);
                case 2 -> new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 2, 0.25)), true, 0.1,
                        0, 0);
                case 3 -> new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 0, 0.2)), false, 0,
                        2, 0);
                // one share, often binding: an area has about a third of the bids and asks for up to half the pot
                default -> new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1,
                        0.1 * (1 + round / 5 % 5))), true, 0, 0, 0);
            };

            var allocation = Allocation.of(bids, pot, rules, round);
            var problem = new AllocationProblem(allocation.ranking(), byId(bids), pot, rules);
            double best = bestByEnumeration(problem);

            check(allocation.optimal(), allocation.greedy(), best, "round " + round);
            boolean searchCarriesTheRules = round % 5 == 0 || round % 5 == 1 || round % 5 == 4;
            if (searchCarriesTheRules && best > Double.NEGATIVE_INFINITY) {
                assertThat(allocation.optimal().solver()).as("round %d", round)
                        .isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
                assertThat(allocation.optimal().optimality()).isEqualTo(FundingOutcome.Optimality.PROVEN);
            }
            boolean[] greedyList = new boolean[BIDS];
            for (int i = 0; i < BIDS; i++) {
                greedyList[i] = allocation.greedy().funds(problem.bid(i).bidId());
            }
            var withoutSearch = OptimalAllocation.run(problem, greedyList, 0);
            assertThat(withoutSearch.solver()).isNotEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
            check(withoutSearch, allocation.greedy(), best, "round " + round + " without the search");
            // cut short after a few steps: the solvers start from the best list the search found, if any
            check(OptimalAllocation.run(problem, greedyList, 4), allocation.greedy(), best,
                    "round " + round + " with the search cut short");
        }
    }

    private static void check(FundingOutcome optimal, FundingOutcome greedy, double best, String round) {
        if (optimal.setAside().isEmpty()) {
            assertThat(optimal.allConstraintsMet()).as(round).isTrue();
            double score = optimal.totals().scoreSum();
            assertThat(score).as(round).isLessThanOrEqualTo(best + 1e-6);
            if (optimal.optimality() == FundingOutcome.Optimality.PROVEN) {
                assertThat(score).as(round).isCloseTo(best, within(1e-6));
            } else {
                assertThat(score).as("%s: %s", round, optimal.optimality()).isGreaterThan(best * 0.999);
            }
            if (greedy.allConstraintsMet()) {
                assertThat(greedy.totals().scoreSum()).isLessThanOrEqualTo(best + 1e-6);
            }
        } else {
            assertThat(best).as("%s: a rule was set aside though a list meets them all", round)
                    .isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }

    private static double bestByEnumeration(AllocationProblem problem) {
        double best = Double.NEGATIVE_INFINITY;
        List<Rule> rules = problem.allRules();
        for (int mask = 0; mask < 1 << BIDS; mask++) {
            boolean[] chosen = new boolean[BIDS];
            double score = 0;
            for (int i = 0; i < BIDS; i++) {
                chosen[i] = (mask & (1 << i)) != 0;
                score += chosen[i] ? problem.bid(i).score() : 0;
            }
            if (score > best && problem.meets(rules, chosen)) {
                best = score;
            }
        }
        return best;
    }

    private static java.util.Map<Long, AllocationCandidate> byId(List<AllocationCandidate> bids) {
        var map = new java.util.LinkedHashMap<Long, AllocationCandidate>();
        bids.forEach(b -> map.put(b.bidId(), b));
        return map;
    }
}
