package org.communitychest.applications;

public enum SectionState {
    NOT_STARTED("Not yet started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    SectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
