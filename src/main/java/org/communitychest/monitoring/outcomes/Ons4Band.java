package org.communitychest.monitoring.outcomes;

import org.communitychest.base.Message;

/** The ONS bands an ONS4 answer falls in ({@link Ons4Item#band}). */
public enum Ons4Band {
    VERY_LOW("outcomes.ons4.band.very-low"),
    LOW("outcomes.ons4.band.low"),
    MEDIUM("outcomes.ons4.band.medium"),
    HIGH("outcomes.ons4.band.high"),
    VERY_HIGH("outcomes.ons4.band.very-high");

    private final String key;

    Ons4Band(String key) {
        this.key = key;
    }

    public Message label() {
        return Message.of(key);
    }
}
