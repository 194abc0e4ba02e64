package org.communitychest.monitoring.outcomes;

import org.communitychest.base.Message;

/** The seven SWEMWBS statements in the scale's order, each answered 1 (none of the time) to 5 (all of the time). */
public enum SwemwbsItem implements OutcomeItem {
    OPTIMISTIC("outcomes.swemwbs.optimistic"),
    USEFUL("outcomes.swemwbs.useful"),
    RELAXED("outcomes.swemwbs.relaxed"),
    DEALING_WITH_PROBLEMS("outcomes.swemwbs.dealing-with-problems"),
    THINKING_CLEARLY("outcomes.swemwbs.thinking-clearly"),
    CLOSE_TO_OTHERS("outcomes.swemwbs.close-to-others"),
    OWN_MIND("outcomes.swemwbs.own-mind");

    private final String statementKey;

    SwemwbsItem(String statementKey) {
        this.statementKey = statementKey;
    }

    /** 1 to 7, as the scale numbers its statements. */
    public int number() {
        return ordinal() + 1;
    }

    @Override
    public String column() {
        return "swemwbs_" + number(); // not user text: the outcomes file's column
    }

    @Override
    public int lowest() {
        return SwemwbsAnswer.NONE_OF_THE_TIME.value();
    }

    @Override
    public int highest() {
        return SwemwbsAnswer.ALL_OF_THE_TIME.value();
    }

    @Override
    public Message question() {
        return Message.of(statementKey);
    }
}
