package org.communitychest.awards;

import org.communitychest.base.Message;

/** A variation asked for, then approved or refused by an officer. */
public enum VariationStatus {
    REQUESTED, APPROVED, REFUSED;

    public Message label() {
        return Message.of("awards.variation.status." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
