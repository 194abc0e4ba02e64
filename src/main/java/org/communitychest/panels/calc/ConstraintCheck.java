package org.communitychest.panels.calc;

/**
 * Whether a funded list meets one rule, with its figures: pence for the pot, shares and the small-group reserve, a
 * count for grants per organisation and for priority gaps. {@code AT_LEAST}: met when {@code actual ≥ required};
 * {@code AT_MOST}: met when {@code actual ≤ required}.
 *
 * @param groupId the area or need for a share; 0 otherwise
 */
public record ConstraintCheck(Kind kind, long groupId, Bound bound, long required, long actual) {

    public enum Kind {
        /** Money awarded, at most the pot. */
        POT,
        AREA_SHARE,
        NEED_SHARE,
        /** The most grants any one organisation gets, at most 1. */
        ONE_PER_ORGANISATION,
        /** Money awarded to bids not from small groups, at most the pot less the reserve. */
        SMALL_GROUP_RESERVE,
        /** Distinct priority gaps covered, at least the round's minimum. */
        PRIORITY_GAPS
    }

    public enum Bound { AT_LEAST, AT_MOST }

    public boolean met() {
        return bound == Bound.AT_LEAST ? actual >= required : actual <= required;
    }
}
