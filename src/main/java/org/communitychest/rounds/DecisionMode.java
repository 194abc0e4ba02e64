package org.communitychest.rounds;

import java.util.Locale;
import org.communitychest.base.Message;

/** How a round chooses its funded bids: a scored panel alone, residents' vote, or a panel's shortlist then a vote. */
public enum DecisionMode {
    PANEL, VOTE, PANEL_THEN_VOTE;

    public Message label() {
        return Message.of("staff.votes.mode." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
