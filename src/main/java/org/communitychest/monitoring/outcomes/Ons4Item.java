package org.communitychest.monitoring.outcomes;

import org.communitychest.base.Message;

/**
 * The four ONS personal wellbeing questions, each answered 0 (not at all) to 10 (completely). Each is reported on
 * its own: the ONS harmonised standard never adds them into one score.
 */
public enum Ons4Item implements OutcomeItem {
    SATISFIED("ons4_satisfied", "outcomes.ons4.satisfied"),
    WORTHWHILE("ons4_worthwhile", "outcomes.ons4.worthwhile"),
    HAPPY("ons4_happy", "outcomes.ons4.happy"),
    ANXIOUS("ons4_anxious", "outcomes.ons4.anxious");

    private final String column;
    private final String questionKey;

    Ons4Item(String column, String questionKey) {
        this.column = column;
        this.questionKey = questionKey;
    }

    @Override
    public String column() {
        return column;
    }

    @Override
    public int lowest() {
        return 0;
    }

    @Override
    public int highest() {
        return 10;
    }

    @Override
    public Message question() {
        return Message.of(questionKey);
    }

    /** Anxiety is the one item where a fall is an improvement. */
    public boolean lowerIsBetter() {
        return this == ANXIOUS;
    }

    /**
     * The ONS band of an answer: for the first three items 0–4 low, 5–6 medium, 7–8 high, 9–10 very high; for
     * anxiety 0–1 very low, 2–3 low, 4–5 medium, 6–10 high.
     */
    public Ons4Band band(int answer) {
        if (problemWith(answer).isPresent()) {
            throw new IllegalArgumentException("not an ONS4 answer: " + answer);
        }
        if (this == ANXIOUS) {
            return answer <= 1 ? Ons4Band.VERY_LOW : answer <= 3 ? Ons4Band.LOW
                    : answer <= 5 ? Ons4Band.MEDIUM : Ons4Band.HIGH;
        }
        return answer <= 4 ? Ons4Band.LOW : answer <= 6 ? Ons4Band.MEDIUM
                : answer <= 8 ? Ons4Band.HIGH : Ons4Band.VERY_HIGH;
    }
}
