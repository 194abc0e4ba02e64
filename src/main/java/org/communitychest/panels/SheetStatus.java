package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/** DRAFT → SUBMITTED → LOCKED (when scoring closes). Only submitted and locked sheets count. */
public enum SheetStatus {
    DRAFT, SUBMITTED, LOCKED;

    public Message label() {
        return Message.of("panels.sheet-status." + name().toLowerCase(Locale.ROOT));
    }

    public boolean counts() {
        return this != DRAFT;
    }
}
