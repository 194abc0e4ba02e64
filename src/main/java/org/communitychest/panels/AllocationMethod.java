package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/** Which list the panel chose: greedy with skip, or the optimal combination. */
public enum AllocationMethod {
    GREEDY, OPTIMAL;

    public Message label() {
        return Message.of("staff.panels.method." + name().toLowerCase(Locale.ROOT));
    }
}
