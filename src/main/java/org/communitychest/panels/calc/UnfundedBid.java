package org.communitychest.panels.calc;

import java.util.OptionalLong;

/**
 * Why a bid is not (fully) funded, with the figures behind it.
 *
 * @param rank its place in the ranking
 * @param moneyLeftPence greedy: the money left when its turn came; optimal: the money left after the chosen bids.
 *        For {@code RESERVED_FOR_SMALL_GROUPS}: the money that bids not from small groups could still spend
 * @param fundedBidOfOrganisation for {@code ORGANISATION_ALREADY_FUNDED}: the organisation's funded bid
 */
public record UnfundedBid(long bidId, int rank, long costPence, Reason reason, long moneyLeftPence,
                          OptionalLong fundedBidOfOrganisation) {

    public enum Reason {
        /** It asks for more than the whole pot. */
        MORE_THAN_THE_POT,
        /** Greedy: its cost was more than the money left when its turn came. */
        DID_NOT_FIT,
        /** Optimal: its cost is more than the money left, and making room would leave out bids worth more. */
        DISPLACES_BIDS_WORTH_MORE,
        /** It fitted the money left only by spending the share reserved for small groups. */
        RESERVED_FOR_SMALL_GROUPS,
        /** Another bid of its organisation is funded, and the round allows one grant per organisation. */
        ORGANISATION_ALREADY_FUNDED,
        /** It would fit, but its score is 0, so funding it adds nothing to the total. */
        NO_SCORE_GAINED,
        /** It is offered the money left as a partial award (see {@link PartialAward}). */
        OFFERED_PARTIAL_AWARD
    }

    /** How much more money it needed than was left (0 when it was not money). */
    public long shortfallPence() {
        return Math.max(0, costPence - moneyLeftPence);
    }
}
