package org.communitychest.applications;

import org.communitychest.base.Message;

public enum ApplicationStatus {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    ELIGIBLE("eligible"),
    INELIGIBLE("ineligible"),
    WITHDRAWN("withdrawn"),
    FUNDED("funded"),
    PART_FUNDED("part-funded"),
    NOT_FUNDED("not-funded");

    private final String key;

    ApplicationStatus(String key) {
        this.key = key;
    }

    /** The status as a person reads it on its own, as a tag or heading. */
    public Message label() {
        return Message.of("apply.status." + key);
    }

    /** The status as it reads inside a sentence about the application. */
    public Message inSentence() {
        return Message.of("apply.status.in-sentence." + key);
    }

    /** Withdrawing is possible until a decision: screening out as ineligible is one, the panel's released one too. */
    public boolean canWithdraw() {
        return this == DRAFT || this == SUBMITTED || this == ELIGIBLE;
    }

    /** The panel's decision, once the officer has released it to the applicant. */
    public boolean isDecided() {
        return this == FUNDED || this == PART_FUNDED || this == NOT_FUNDED;
    }

    /** How the class names of tags and cards write the status: {@code part-funded}. */
    public String cssName() {
        return key;
    }
}
