package org.communitychest.panels;

import java.time.Instant;
import org.communitychest.rounds.RoundStatus;

/** A panel the signed-in person sits on, with how far they have got. */
public record MyPanel(long panelId, long roundId, String roundTitle, RoundStatus roundStatus,
        Instant scoringClosesAt, MemberKind kind, boolean guidanceConfirmed, boolean practised, int bids,
        int declared, int conflicted, int submitted) {

    /** Bids the member is done with: scores submitted, or a conflict declared. */
    public int done() {
        return submitted + conflicted;
    }

    public boolean scoringOpen() {
        return roundStatus == RoundStatus.SCORING;
    }
}
