package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/** What the panel decided for one bid. */
public enum BidOutcome {
    FUNDED, PART_FUNDED, NOT_FUNDED;

    public Message label() {
        return Message.of("staff.panels.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
