package org.communitychest.monitoring;

import org.communitychest.base.Message;

/** A grant's reports: halfway through when it runs over six months, and at the end. */
public enum ReportKind {
    MIDPOINT, FINAL;

    public Message label() {
        return Message.of("monitoring.kind." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
