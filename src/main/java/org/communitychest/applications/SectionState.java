package org.communitychest.applications;

import org.communitychest.base.Message;

public enum SectionState {
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed");

    private final String key;

    SectionState(String key) {
        this.key = key;
    }

    public Message label() {
        return Message.of("apply.section-state." + key);
    }
}
