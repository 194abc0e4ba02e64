package org.communitychest.votes;

import java.util.Locale;
import org.communitychest.base.Message;

/** DRAFT while the officer sets it up → OPEN from its opening time (ballots taken) → CLOSED (counted). */
public enum VoteState {
    DRAFT, OPEN, CLOSED;

    public Message label() {
        return Message.of("votes.state." + name().toLowerCase(Locale.ROOT));
    }
}
