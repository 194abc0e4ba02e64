package org.communitychest.monitoring.outcomes;

import org.communitychest.base.Message;

/** The five answers to a SWEMWBS statement, with the number each scores. */
public enum SwemwbsAnswer {
    NONE_OF_THE_TIME(1, "outcomes.swemwbs.answer.none-of-the-time"),
    RARELY(2, "outcomes.swemwbs.answer.rarely"),
    SOME_OF_THE_TIME(3, "outcomes.swemwbs.answer.some-of-the-time"),
    OFTEN(4, "outcomes.swemwbs.answer.often"),
    ALL_OF_THE_TIME(5, "outcomes.swemwbs.answer.all-of-the-time");

    private final int value;
    private final String labelKey;

    SwemwbsAnswer(int value, String labelKey) {
        this.value = value;
        this.labelKey = labelKey;
    }

    public int value() {
        return value;
    }

    public Message label() {
        return Message.of(labelKey);
    }

    public static SwemwbsAnswer of(int value) {
        for (SwemwbsAnswer answer : values()) {
            if (answer.value == value) {
                return answer;
            }
        }
        throw new IllegalArgumentException("not a SWEMWBS answer: " + value);
    }
}
