package org.communitychest.organisations;

import java.util.Locale;
import org.communitychest.base.Message;

/** A group's total income in a year, in bands: enough for proportionate checks without asking for accounts. */
public enum IncomeBand {
    UNDER_10K, FROM_10K_TO_50K, FROM_50K_TO_100K, FROM_100K_TO_250K, OVER_250K;

    /** The band as people read it: ‘£10,000 to £50,000’. */
    public Message label() {
        return Message.of("groups.income-band." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
