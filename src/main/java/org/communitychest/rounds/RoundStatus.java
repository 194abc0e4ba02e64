package org.communitychest.rounds;

import java.util.Locale;
import org.communitychest.base.Message;

/**
 * DRAFT → OPEN (published) → CLOSED (no more applications) → SCORING (the panel scores the bids) → MODERATION (the
 * panel agrees its scores and the funded list) → DECIDED.
 */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, SCORING, MODERATION, DECIDED;

    /** The status as staff read it in lists. */
    public Message label() {
        return Message.of("staff.rounds.status." + name().toLowerCase(Locale.ROOT));
    }

    /** Scoring has opened (and maybe closed since): the allocation rules are fixed. */
    public boolean scoringHasOpened() {
        return compareTo(SCORING) >= 0;
    }
}
