package org.communitychest.monitoring;

import java.time.LocalDate;

/** The reminders a report's due date brings, in the order they fall: 14 days before, on the day, 7 days after. */
enum Reminder {
    BEFORE(-14), DUE(0), OVERDUE(7);

    private final int daysFromDue;

    Reminder(int daysFromDue) {
        this.daysFromDue = daysFromDue;
    }

    LocalDate on(LocalDate dueOn) {
        return dueOn.plusDays(daysFromDue);
    }

    /** The last reminder that has fallen by {@code today}, if any. */
    static java.util.Optional<Reminder> latest(LocalDate dueOn, LocalDate today) {
        Reminder latest = null;
        for (Reminder r : values()) {
            if (!today.isBefore(r.on(dueOn))) {
                latest = r;
            }
        }
        return java.util.Optional.ofNullable(latest);
    }

    String template() {
        return "report-" + name().toLowerCase(java.util.Locale.ROOT); // not user text: mail template
    }
}
