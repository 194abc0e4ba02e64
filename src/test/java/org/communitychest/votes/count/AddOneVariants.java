package org.communitychest.votes.count;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The add1 completion as other published tools run it, to compare with the spec's (decision record 0029). Each
 * returns the funded projects in the order chosen.
 */
enum AddOneVariants {
    /** Scoring spec 9, as {@link EqualShares#count}: shares B/n + k; stop when over the pot or nothing left to add. */
    SPEC,
    /**
     * pabutools {@code method_of_equal_shares(..., voter_budget_increment=1)}: shares B/n + k; stop at the first
     * outcome over the pot (keeping the one before) or at the first exhaustive one (no supported project left fits
     * the money left).
     */
    PABUTOOLS,
    /**
     * equalshares.net's compute tool with its defaults (add1, options "exhaustive" and "integral"): shares
     * ⌊B/n⌋ + k from the first run on; stop when the outcome is exhaustive (no project at all fits) or the next is
     * over the pot.
     */
    EQUALSHARES_NET,
    /**
     * The Pabulib checker's recount of {@code equalshares/add1}: the first run at B/n, then ⌊B/n⌋ + k for k = 1, 2, …
     * while the outcome fits the pot; no stop for exhaustive outcomes.
     */
    PABULIB_CHECKER;

    List<String> count(ApprovalElection election) {
        if (this == SPEC) {
            return EqualShares.count(election).selected();
        }
        var ballots = new GroupedBallots(election);
        int[] tieRank = election.tieRanks();
        long budget = election.budget();
        long n = ballots.voters;
        long floor = budget / n;
        return switch (this) {
            case PABUTOOLS -> {
                List<Integer> kept = List.of();
                for (long k = 0; ; k++) {
                    var outcome = run(ballots, tieRank, BigInteger.valueOf(budget + k * n));
                    if (cost(ballots, outcome) > budget) {
                        break;
                    }
                    kept = outcome;
                    if (exhaustive(ballots, outcome, budget, true)) {
                        break;
                    }
                }
                yield ids(ballots, kept);
            }
            case EQUALSHARES_NET -> {
                var kept = run(ballots, tieRank, BigInteger.valueOf(floor * n));
                for (long k = 1; !exhaustive(ballots, kept, budget, false); k++) {
                    var next = run(ballots, tieRank, BigInteger.valueOf((floor + k) * n));
                    if (cost(ballots, next) > budget) {
                        break;
                    }
                    kept = next;
                }
                yield ids(ballots, kept);
            }
            case PABULIB_CHECKER -> {
                var kept = run(ballots, tieRank, BigInteger.valueOf(budget));
                for (long k = 1; k < 1_000_000; k++) {
                    var next = run(ballots, tieRank, BigInteger.valueOf((floor + k) * n));
                    if (cost(ballots, next) > budget) {
                        break;
                    }
                    kept = next;
                }
                yield ids(ballots, kept);
            }
            case SPEC -> throw new AssertionError();
        };
    }

    private static List<Integer> run(GroupedBallots ballots, int[] tieRank, BigInteger shareNumerator) {
        return EqualSharesRun.run(ballots, tieRank, shareNumerator, false).chosen();
    }

    private static long cost(GroupedBallots ballots, List<Integer> chosen) {
        return chosen.stream().mapToLong(p -> ballots.cost[p]).sum();
    }

    private static boolean exhaustive(GroupedBallots ballots, List<Integer> chosen, long budget,
                                      boolean supportedOnly) {
        long left = budget - cost(ballots, chosen);
        Set<Integer> in = new HashSet<>(chosen);
        for (int p = 0; p < ballots.projects; p++) {
            if (!in.contains(p) && ballots.cost[p] <= left && (!supportedOnly || ballots.supportWeight[p] > 0)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> ids(GroupedBallots ballots, List<Integer> chosen) {
        return chosen.stream().map(p -> ballots.ids[p]).toList();
    }
}
