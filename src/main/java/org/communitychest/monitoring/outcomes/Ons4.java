package org.communitychest.monitoring.outcomes;

import java.util.Map;
import java.util.OptionalInt;
import org.communitychest.base.Message;

/**
 * One person's answers to the ONS4 questions at one stage. A question may be left unanswered: each is reported on
 * its own, so the other answers still count.
 *
 * @param answers by question; out-of-range answers are refused with an {@code InvalidInputException} naming each
 *                question's column
 */
public record Ons4(Map<Ons4Item, Integer> answers) {

    /** No ONS4 answers: a measurement of SWEMWBS only. */
    public static final Ons4 NONE = new Ons4(Map.of());
    /** The introduction read or shown before the four questions. */
    public static final Message INTRODUCTION = Message.of("outcomes.ons4.introduction");
    /** The labels of the two ends of the 0 to 10 scale. */
    public static final Message NOT_AT_ALL = Message.of("outcomes.ons4.not-at-all");
    public static final Message COMPLETELY = Message.of("outcomes.ons4.completely");

    public Ons4 {
        answers = Answers.checked(Ons4Item.class, answers);
    }

    /** The answers in the questions' order; {@code null} where a question was not answered. */
    public static Ons4 of(Integer satisfied, Integer worthwhile, Integer happy, Integer anxious) {
        return new Ons4(Answers.inOrder(Ons4Item.values(), new Integer[] {satisfied, worthwhile, happy, anxious}));
    }

    public OptionalInt answer(Ons4Item item) {
        Integer answer = answers.get(item);
        return answer == null ? OptionalInt.empty() : OptionalInt.of(answer);
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }
}
