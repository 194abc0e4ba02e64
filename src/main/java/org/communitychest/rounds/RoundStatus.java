package org.communitychest.rounds;

import java.util.Locale;
import org.communitychest.base.Message;

/** DRAFT → OPEN (published) → CLOSED. Later stages (scoring, decided) follow in the panels module. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, SCORING, MODERATION, DECIDED;

    /** The status as staff read it in lists. */
    public Message label() {
        return Message.of("staff.rounds.status." + name().toLowerCase(Locale.ROOT));
    }
}
