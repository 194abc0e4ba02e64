package org.communitychest.votes.count;

/**
 * A project the count did not fund, with the figures behind it.
 *
 * @param approvals voters who approved it
 * @param moneyAvailable by equal shares: what its supporters still held when it stopped being affordable; greedy:
 *        what was left of the pot when its turn came (0 for {@code NO_APPROVALS})
 * @param fundedBefore projects funded before that point
 */
public record UnfundedProject(String projectId, long cost, long approvals, Reason reason, Rational moneyAvailable,
                              int fundedBefore) {

    public enum Reason {
        /** Nobody approved it. */
        NO_APPROVALS,
        /** It asks for more than the whole pot. */
        MORE_THAN_THE_POT,
        /** Equal shares: its supporters' remaining shares together came to less than its cost. */
        SUPPORTERS_SHARES_TOO_SMALL,
        /** Greedy: its cost was more than the money left when its turn came. */
        DID_NOT_FIT
    }

    /** How much more it needed than was available (0 when money was not the reason). */
    public Rational shortfall() {
        Rational gap = Rational.of(cost).subtract(moneyAvailable);
        return reason == Reason.NO_APPROVALS || gap.signum() < 0 ? Rational.ZERO : gap;
    }
}
