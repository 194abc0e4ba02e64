package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/** Where a panellist is with one bid. */
public enum BidState {
    TO_DECLARE, CONFLICTED, DRAFT, SUBMITTED, LOCKED;

    public Message label() {
        return Message.of("panels.bid-state." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static BidState of(SheetStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case SUBMITTED -> SUBMITTED;
            case LOCKED -> LOCKED;
        };
    }
}
