package org.communitychest.panels.calc;

/**
 * The check for a partial award to the next bid in line: the best-ranked unfunded bid the rules allow (not of an
 * organisation already funded when one grant per organisation applies; for a bid not from a small group, only the
 * money outside the small-group reserve is available to it).
 *
 * @param availablePence the money it could be offered
 * @param minimumFraction the round's partial-award fraction
 * @param offered whether {@code availablePence ≥ minimumFraction · requestPence} (and the fraction is not 0)
 */
public record PartialAward(long bidId, int rank, long requestPence, long availablePence, double minimumFraction,
                           boolean offered) {

    /** The money offered: all that is available when offered, else 0. */
    public long amountPence() {
        return offered ? availablePence : 0;
    }

    /** The available money as a fraction of the request. */
    public double fraction() {
        return (double) availablePence / requestPence;
    }
}
