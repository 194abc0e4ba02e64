package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/**
 * Which list the round's decision took: the panel's greedy with skip or optimal combination, or the residents' vote
 * counted by equal shares or by approvals alone.
 */
public enum AllocationMethod {
    GREEDY, OPTIMAL, EQUAL_SHARES, APPROVALS;

    /** Whether the list came from a residents' vote rather than from the panel's scores. */
    public boolean byVote() {
        return this == EQUAL_SHARES || this == APPROVALS;
    }

    public Message label() {
        return Message.of("staff.panels.method." + name().toLowerCase(Locale.ROOT));
    }
}
