package org.communitychest.organisations;

/** A group's total income in a year, in bands: enough for proportionate checks without asking for accounts. */
public enum IncomeBand {
    UNDER_10K("Under £10,000"),
    FROM_10K_TO_50K("£10,000 to £50,000"),
    FROM_50K_TO_100K("£50,000 to £100,000"),
    FROM_100K_TO_250K("£100,000 to £250,000"),
    OVER_250K("Over £250,000");

    private final String label;

    IncomeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
