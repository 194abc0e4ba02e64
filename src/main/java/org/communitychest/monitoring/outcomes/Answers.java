package org.communitychest.monitoring.outcomes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;

/** The answers of one person to one measure's questions: a question left out is one they did not answer. */
final class Answers {

    private Answers() {
    }

    /** An unmodifiable copy, or the field errors of every answer out of its question's range. */
    static <I extends Enum<I> & OutcomeItem> Map<I, Integer> checked(Class<I> items, Map<I, Integer> answers) {
        var errors = new LinkedHashMap<String, Message>();
        answers.forEach((item, answer) -> item.problemWith(answer).ifPresent(p -> errors.put(item.column(), p)));
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var copy = new EnumMap<I, Integer>(items);
        copy.putAll(answers);
        return Collections.unmodifiableMap(copy);
    }

    /** The answers given in the items' order, {@code null} for a question not answered. */
    static <I extends Enum<I> & OutcomeItem> Map<I, Integer> inOrder(I[] items, Integer[] answers) {
        if (answers.length != items.length) {
            throw new IllegalArgumentException(items.length + " answers expected, not " + answers.length);
        }
        var byItem = new LinkedHashMap<I, Integer>();
        for (int i = 0; i < items.length; i++) {
            if (answers[i] != null) {
                byItem.put(items[i], answers[i]);
            }
        }
        return byItem;
    }
}
