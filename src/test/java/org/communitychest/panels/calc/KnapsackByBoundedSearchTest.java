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

class KnapsackByBoundedSearchTest {

    private static final long POUND = 100;

    @Test
    void findsAListThatFitsThePotOnlyToThePenny() {
        // £10,000: A £5,005 (60) and B £4,995 (60) fill it exactly; in £10 steps they take £10,010, so the dynamic
        // programme can only fund C £9,000 (100)
        var bids = List.of(bid(1, 5_005, 60), bid(2, 4_995, 60), bid(3, 9_000, 100));
        var problem = problem(bids, 10_000 * POUND, AllocationRules.none());

        var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules());
        assertThat(result.status()).isEqualTo(KnapsackByBoundedSearch.Status.OPTIMAL);
        assertThat(funded(problem, result.chosen())).containsExactly(1L, 2L);

        var optimal = Allocation.of(bids, 10_000 * POUND, AllocationRules.none(), 7).optimal();
        assertThat(optimal.solver()).isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
        assertThat(optimal.optimality()).isEqualTo(FundingOutcome.Optimality.PROVEN);
        assertThat(optimal.totals().scoreSum()).isEqualTo(120.0);
        var byDynamicProgramming = OptimalAllocation.run(problem, new boolean[3], 0);
        assertThat(byDynamicProgramming.solver()).isEqualTo(FundingOutcome.Solver.DYNAMIC_PROGRAMMING);
        assertThat(byDynamicProgramming.totals().scoreSum()).isEqualTo(100.0);
    }

    @Test
    void itsBoundIsNeverBelowTheBestListAndItsListIsTheBest() {
        var random = new Random(10);
        for (int round = 0; round < 40; round++) {
            List<AllocationCandidate> bids = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                // costs to the penny, so no step of pounds would be exact
                bids.add(new AllocationCandidate(i + 1, random.nextInt(8), 50_000 + random.nextInt(950_000),
                        Math.round(random.nextDouble() * 1000) / 10.0, 0, 0, Set.of((long) random.nextInt(3)),
                        Set.of(), false, Set.of()));
            }
            long pot = 2_000_000 + random.nextInt(3_000_000);
            var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1,
                    0.1 * (round % 5))), round % 2 == 0, 0, 0, 0);
            var problem = problem(bids, pot, rules);
            double best = BruteForce.best(problem);

            var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules());
            if (best == Double.NEGATIVE_INFINITY) {
                assertThat(result.status()).as("round %d", round).isEqualTo(KnapsackByBoundedSearch.Status.GAVE_UP);
                continue;
            }
            assertThat(result.bound()).as("round %d", round).isGreaterThanOrEqualTo(best - 1e-9);
            assertThat(result.status()).as("round %d", round).isEqualTo(KnapsackByBoundedSearch.Status.OPTIMAL);
            assertThat(problem.meets(problem.allRules(), result.chosen())).isTrue();
            assertThat(BruteForce.score(problem, result.chosen())).as("round %d", round)
                    .isCloseTo(best, within(1e-9));
        }
    }

    @Test
    void fiveHundredBidsWithABindingShareAreSolvedExactlyAndAlwaysAlike() {
        var problem = fiveHundredBids(0.22);

        var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules());
        var again = KnapsackByBoundedSearch.solve(problem, problem.extraRules());

        assertThat(result.status()).isEqualTo(KnapsackByBoundedSearch.Status.OPTIMAL);
        assertThat(problem.meets(problem.allRules(), result.chosen())).isTrue();
        assertThat(again.chosen()).isEqualTo(result.chosen());
        var greedy = GreedyAllocation.run(problem);
        assertThat(greedy.allConstraintsMet()).isTrue();
        assertThat(BruteForce.score(problem, result.chosen())).isGreaterThan(greedy.totals().scoreSum())
                .isLessThanOrEqualTo(result.bound());
    }

    @Test
    void roundsOfRoundNumbersAreProvenToo() {
        // many bids alike: every one £4,000 and 70 points, or costs in whole £1,000s and whole-number scores
        for (int kind = 0; kind < 2; kind++) {
            var random = new Random(kind);
            List<AllocationCandidate> bids = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                long cost = kind == 0 ? 4_000 * POUND : (1 + random.nextInt(10)) * 1_000 * POUND;
                double score = kind == 0 ? 70 : 40 + random.nextInt(51);
                bids.add(new AllocationCandidate(i + 1, i < 450 ? i : random.nextInt(450), cost, score, score, 0,
                        Set.of(i % 5 == 0 ? 1L : 2L), Set.of(), false, Set.of()));
            }
            var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1,
                    kind == 0 ? 0.15 : 0.22)), true, 0, 0, 0);
            var problem = problem(bids, 2_000_000 * POUND, rules);

            var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules());

            assertThat(result.status()).as("kind %d", kind).isEqualTo(KnapsackByBoundedSearch.Status.OPTIMAL);
            assertThat(problem.meets(problem.allRules(), result.chosen())).isTrue();
            if (kind == 0) {
                // one grant for each of the 450 organisations
                assertThat(BruteForce.score(problem, result.chosen())).isEqualTo(450 * 70.0);
            }
        }
    }

    @Test
    void cutShortNearItsBoundItSaysSo() {
        // with the share met anyway, 300 steps find a list within a ten-thousandth of the bound but do not prove it
        var problem = fiveHundredBids(0.10);

        var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules(), 300);
        assertThat(result.status()).isEqualTo(KnapsackByBoundedSearch.Status.WITHIN_GAP);
        assertThat(result.bound() - BruteForce.score(problem, result.chosen()))
                .isBetween(0.0, KnapsackByBoundedSearch.GAP * result.bound());
        assertThat(KnapsackByBoundedSearch.solve(problem, problem.extraRules()).status())
                .isEqualTo(KnapsackByBoundedSearch.Status.OPTIMAL);

        var outcome = OptimalAllocation.run(problem, new boolean[problem.size()], 300);
        assertThat(outcome.solver()).isEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
        assertThat(outcome.optimality()).isEqualTo(FundingOutcome.Optimality.WITHIN_SOLVER_GAP);
        assertThat(outcome.allConstraintsMet()).isTrue();
    }

    @Test
    void cutShortFurtherFromItsBoundItGivesUpWithTheBestListFound() {
        var problem = fiveHundredBids(0.22);

        var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules(), 30_000);

        assertThat(result.status()).isEqualTo(KnapsackByBoundedSearch.Status.GAVE_UP);
        assertThat(problem.meets(problem.allRules(), result.chosen())).isTrue();
        assertThat(result.bound() - BruteForce.score(problem, result.chosen()))
                .isGreaterThan(KnapsackByBoundedSearch.GAP * result.bound());
    }

    @Test
    void cutShortWithAListTheSolversStartFromItAndStillFindTheBest() {
        var random = new Random(30);
        int cutShortWithAList = 0;
        for (int round = 0; round < 30; round++) {
            List<AllocationCandidate> bids = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                bids.add(new AllocationCandidate(i + 1, random.nextInt(8), (50 + random.nextInt(950)) * 1_000L,
                        Math.round(random.nextDouble() * 1000) / 10.0, 0, 0, Set.of((long) random.nextInt(3)),
                        Set.of(), false, Set.of()));
            }
            var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1, 0.3)), true, 0, 0, 0);
            var problem = problem(bids, (2_000 + random.nextInt(3_000)) * 1_000L, rules);
            double best = BruteForce.best(problem);
            if (best == Double.NEGATIVE_INFINITY) {
                continue;
            }
            // the fewest steps after which the search holds a list it has not proven the best
            for (long steps = 1; steps < 200; steps++) {
                var result = KnapsackByBoundedSearch.solve(problem, problem.extraRules(), steps);
                if (result.status() == KnapsackByBoundedSearch.Status.OPTIMAL) {
                    break;
                }
                if (result.chosen() != null && result.status() == KnapsackByBoundedSearch.Status.GAVE_UP) {
                    cutShortWithAList++;
                    var outcome = OptimalAllocation.run(problem, new boolean[problem.size()], steps);
                    assertThat(outcome.solver()).isNotEqualTo(FundingOutcome.Solver.BOUNDED_SEARCH);
                    assertThat(outcome.allConstraintsMet()).isTrue();
                    assertThat(outcome.totals().scoreSum()).as("round %d", round).isCloseTo(best, within(1e-9));
                    break;
                }
            }
        }
        assertThat(cutShortWithAList).isGreaterThan(5);
    }

    @Test
    void leavesOtherRulesToTheSolver() {
        var bids = List.of(bid(1, 5_000, 60), bid(2, 4_000, 50));
        var twoShares = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1, 0.1),
                new MinimumShare(MinimumShare.Group.AREA, 2, 0.1)), false, 0, 0, 0);
        var reserve = new AllocationRules(List.of(), false, 0.2, 0, 0);
        var gaps = new AllocationRules(List.of(), false, 0, 1, 0);
        for (var rules : List.of(twoShares, reserve, gaps)) {
            var problem = problem(bids, 10_000 * POUND, rules);
            assertThat(KnapsackByBoundedSearch.solve(problem, problem.extraRules()).status())
                    .isEqualTo(KnapsackByBoundedSearch.Status.GAVE_UP);
        }
    }

    /** The benchmark's round: 500 bids of £500–£10,000, 50 organisations bidding twice, a fifth of them in area 1. */
    private static AllocationProblem fiveHundredBids(double share) {
        var random = new Random(500);
        List<AllocationCandidate> bids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long cost = (500 + random.nextInt(9_501)) * POUND;
            double score = Math.round(random.nextDouble() * 1000) / 10.0;
            long organisation = i < 450 ? i : random.nextInt(450);
            long area = i % 5 == 0 ? 1 : 2 + random.nextInt(9);
            bids.add(new AllocationCandidate(i + 1, organisation, cost, score, score, 0, Set.of(area), Set.of(), false,
                    Set.of()));
        }
        var rules = new AllocationRules(List.of(new MinimumShare(MinimumShare.Group.AREA, 1, share)), true, 0, 0, 0);
        return problem(bids, 2_000_000 * POUND, rules);
    }

    private static AllocationProblem problem(List<AllocationCandidate> bids, long pot, AllocationRules rules) {
        Map<Long, AllocationCandidate> byId = new LinkedHashMap<>();
        bids.forEach(b -> byId.put(b.bidId(), b));
        var ranking = Ranking.of(bids.stream().map(AllocationCandidate::forRanking).toList(), 1);
        return new AllocationProblem(ranking, byId, pot, rules);
    }


    private static List<Long> funded(AllocationProblem problem, boolean[] chosen) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                ids.add(problem.bid(i).bidId());
            }
        }
        return ids.stream().sorted().toList();
    }

    private static AllocationCandidate bid(long id, long pounds, double score) {
        return new AllocationCandidate(id, id, pounds * POUND, score, score, 0, Set.of(), Set.of(), false, Set.of());
    }
}
