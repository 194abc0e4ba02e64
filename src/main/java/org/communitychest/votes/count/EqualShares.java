package org.communitychest.votes.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Method of Equal Shares for approval ballots with cost utilities, and its "add1" completion, exactly as the
 * scoring spec (section 9) sets them out: each voter starts with an equal share of the pot; the affordable project
 * whose supporters pay the least per unit of its cost (the smallest ρ) is chosen, its supporters paying equal parts
 * or all they have left, until nothing more is affordable. The completion then counts again from scratch with every
 * share one currency unit larger, and again, while the outcome leaves money unspent, and keeps the last outcome that
 * fits the real pot: it stops at the first larger share whose outcome costs more than the pot, or that funds every
 * project somebody approved (more money cannot change it then).
 *
 * @param funded the funded projects in the order chosen, with how each was paid for
 * @param unfunded every other project, in ballot order
 * @param share each voter's share in the kept count ({@code budget / voters + raisedBy})
 * @param raisedBy the currency units the completion added to each share
 * @param completion why the completion stopped
 */
public record EqualShares(List<PaidForProject> funded, List<UnfundedProject> unfunded, long totalCost, long budget,
                          long voters, Rational share, long raisedBy, Completion completion) implements VoteCount {

    public enum Completion {
        /** Counted without completion (Pabulib's {@code equalshares}). */
        NOT_ASKED,
        /** Nobody voted: there is nothing to share. */
        NO_VOTERS,
        /** The outcome spends the whole pot. */
        POT_SPENT,
        /** Every project with at least one approval is funded. */
        EVERY_PROJECT_FUNDED,
        /** With every share one unit larger, the outcome would cost more than the pot. */
        NEXT_STEP_OVERSPENDS
    }

    /** Equal shares with the add1 completion (Pabulib's {@code equalshares/add1}). */
    public static EqualShares count(ApprovalElection election) {
        return count(election, true);
    }

    /** Equal shares at the real share only (Pabulib's {@code equalshares}). */
    public static EqualShares withoutCompletion(ApprovalElection election) {
        return count(election, false);
    }

    private static EqualShares count(ApprovalElection election, boolean addOne) {
        var ballots = new GroupedBallots(election);
        int[] tieRank = election.tieRanks();
        long budget = election.budget();
        long n = ballots.voters;
        if (n == 0) {
            return result(election, ballots, null, Rational.ZERO, 0, Completion.NO_VOTERS);
        }
        long raisedBy = 0;
        EqualSharesRun kept = EqualSharesRun.run(ballots, tieRank, share(budget, n, 0), false);
        Completion completion = Completion.NOT_ASKED;
        if (addOne) {
            int approved = 0;
            for (long support : ballots.supportWeight) {
                approved += support > 0 ? 1 : 0;
            }
            while (true) {
                if (kept.spent() == budget) {
                    completion = Completion.POT_SPENT;
                    break;
                }
                if (kept.chosen().size() == approved) {
                    completion = Completion.EVERY_PROJECT_FUNDED;
                    break;
                }
                var next = EqualSharesRun.run(ballots, tieRank, share(budget, n, raisedBy + 1), false);
                if (next.spent() > budget) {
                    completion = Completion.NEXT_STEP_OVERSPENDS;
                    break;
                }
                kept = next;
                raisedBy++;
            }
        }
        var detailed = EqualSharesRun.run(ballots, tieRank, share(budget, n, raisedBy), true);
        if (!detailed.chosen().equals(kept.chosen())) {
            throw new IllegalStateException("the detailed count chose " + detailed.chosen() + ", not " + kept.chosen());
        }
        return result(election, ballots, detailed, Rational.of(share(budget, n, raisedBy), BigInteger.valueOf(n)),
                raisedBy, completion);
    }

    /** The numerator of {@code budget / n + raisedBy} over {@code n}. */
    private static BigInteger share(long budget, long n, long raisedBy) {
        return BigInteger.valueOf(budget).add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(raisedBy)));
    }

    private static EqualShares result(ApprovalElection election, GroupedBallots ballots, EqualSharesRun run,
                                      Rational share, long raisedBy, Completion completion) {
        List<PaidForProject> funded = run == null ? List.of() : run.paid();
        var chosen = run == null ? List.<Integer>of() : run.chosen();
        List<UnfundedProject> unfunded = new ArrayList<>();
        for (int p = 0; p < ballots.projects; p++) {
            if (chosen.contains(p)) {
                continue;
            }
            long cost = ballots.cost[p];
            long approvals = ballots.supportWeight[p];
            if (approvals == 0) {
                unfunded.add(new UnfundedProject(ballots.ids[p], cost, 0, UnfundedProject.Reason.NO_APPROVALS,
                        Rational.ZERO, 0));
                continue;
            }
            var dropout = run.dropout(p);
            var reason = cost > election.budget() ? UnfundedProject.Reason.MORE_THAN_THE_POT
                    : UnfundedProject.Reason.SUPPORTERS_SHARES_TOO_SMALL;
            unfunded.add(new UnfundedProject(ballots.ids[p], cost, approvals, reason, dropout.money(),
                    dropout.fundedBefore()));
        }
        long total = funded.stream().mapToLong(PaidForProject::cost).sum();
        return new EqualShares(List.copyOf(funded), List.copyOf(unfunded), total, election.budget(),
                ballots.voters, share, raisedBy, completion);
    }

    @Override
    public List<String> selected() {
        return funded.stream().map(PaidForProject::projectId).toList();
    }
}
