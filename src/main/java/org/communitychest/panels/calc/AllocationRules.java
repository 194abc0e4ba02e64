package org.communitychest.panels.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A round's allocation rules.
 *
 * @param minimumShares minimum shares of the pot per area or need, in the order the round lists them
 * @param onePerOrganisation at most one grant per organisation
 * @param smallGroupShare the fraction of the pot reserved for small groups (0 = none): other bids together may spend
 *        at most {@code pot − ⌈share · pot⌉}; small groups may spend all of it
 * @param minimumPriorityGaps the least number of distinct priority gaps the funded bids must cover (0 = none)
 * @param partialAwardFraction the least fraction of its request the next bid in line may be offered (0 = no
 *        partial awards)
 */
public record AllocationRules(List<MinimumShare> minimumShares, boolean onePerOrganisation, double smallGroupShare,
                              int minimumPriorityGaps, double partialAwardFraction) {

    public AllocationRules {
        minimumShares = List.copyOf(minimumShares);
        if (!(smallGroupShare >= 0 && smallGroupShare <= 1) || !(partialAwardFraction >= 0
                && partialAwardFraction <= 1) || minimumPriorityGaps < 0) {
            throw new IllegalArgumentException("a share or fraction outside 0–1, or a negative number of gaps");
        }
    }

    /** No constraints and no partial awards: the pot alone. */
    public static AllocationRules none() {
        return new AllocationRules(List.of(), false, 0, 0, 0);
    }

    /** The pence reserved for small groups, rounded up. */
    public long smallGroupReservePence(long potPence) {
        return fractionOf(smallGroupShare, potPence);
    }

    /** The most that bids not from small groups may spend together. */
    long othersLimitPence(long potPence) {
        return potPence - smallGroupReservePence(potPence);
    }

    /** {@code ⌈fraction · pence⌉}, exactly for the fraction as written (0.15 is 15%, not 0.1499…). */
    static long fractionOf(double fraction, long pence) {
        return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(pence)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }
}
