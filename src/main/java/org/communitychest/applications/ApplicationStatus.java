package org.communitychest.applications;

public enum ApplicationStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    ELIGIBLE("Eligible"),
    INELIGIBLE("Not eligible"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Withdrawing is possible until a decision; screening out as ineligible is one. */
    public boolean canWithdraw() {
        return this == DRAFT || this == SUBMITTED || this == ELIGIBLE;
    }
}
