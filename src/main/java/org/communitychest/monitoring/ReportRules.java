package org.communitychest.monitoring;

import java.util.Map;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/** What a report's answers must be, each refused beside its field with what to do. */
final class ReportRules {

    static final int MOST_PEOPLE = 100_000;
    static final int LONGEST_TEXT = 5_000;
    static final Money MOST_SPENT = Money.ofPounds(1_000_000);

    private ReportRules() {
    }

    static void count(Integer value, String field, Map<String, Message> errors) {
        if (value != null && (value < 0 || value > MOST_PEOPLE)) {
            errors.put(field, Message.of("monitoring.rules.count", MOST_PEOPLE));
        }
    }

    static void text(String value, String field, Map<String, Message> errors) {
        if (value != null && value.length() > LONGEST_TEXT) {
            errors.put(field, Message.of("monitoring.rules.too-long", LONGEST_TEXT, value.length()));
        }
    }

    static void spent(Money value, String field, Map<String, Message> errors) {
        if (value != null && (value.pence() < 0 || value.isGreaterThan(MOST_SPENT))) {
            errors.put(field, Message.of("monitoring.rules.spent", MOST_SPENT.toString()));
        }
    }

    /** Unique participants cannot outnumber the attendances they made. */
    static void participantsWithinAttendances(Integer participants, Integer attendances,
            Map<String, Message> errors) {
        if (participants != null && attendances != null && !errors.containsKey("attendances")
                && !errors.containsKey("participants") && attendances < participants) {
            errors.put("attendances", Message.of("monitoring.rules.attendances-below-participants", participants));
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
