package org.communitychest.applications;

/**
 * Who may read a round's bids as its panel, decided by the panels module (membership, conflicts); a refusal is a
 * {@link org.communitychest.base.RecordNotFoundException}, so a panellist cannot tell a conflicted bid from none.
 */
public interface PanelAccess {

    /** The signed-in person sits on the round's panel, or is an officer of its partnership. */
    void requireRound(long roundId);

    /** As {@link #requireRound}, and a panellist has declared no conflict with the bid. */
    void requireBid(long roundId, long applicationId);
}
