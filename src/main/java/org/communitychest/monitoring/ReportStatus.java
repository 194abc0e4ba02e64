package org.communitychest.monitoring;

import org.communitychest.base.Message;

/** Where a report is: the group writes it (due, or returned to it with comments), the officer reviews it. */
public enum ReportStatus {
    DUE, SUBMITTED, RETURNED, APPROVED;

    /** The group may change it: not yet sent, or sent back. */
    public boolean isOpen() {
        return this == DUE || this == RETURNED;
    }

    public Message label() {
        return Message.of("monitoring.status." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
