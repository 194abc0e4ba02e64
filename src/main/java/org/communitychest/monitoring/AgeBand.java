package org.communitychest.monitoring;

import org.communitychest.base.Message;

/** Age bands for the optional count of participants by age, wide enough that no one can be picked out. */
public enum AgeBand {
    UNDER_18, AGE_18_24, AGE_25_49, AGE_50_64, AGE_65_PLUS, NOT_KNOWN;

    public Message label() {
        return Message.of("monitoring.age." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
