package org.communitychest.monitoring.openreferral;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One weekly session of an activity, in London time.
 *
 * @param note a few words on when it runs, such as {@code term time only}, or {@code null}
 */
public record DirectorySession(DayOfWeek day, LocalTime opensAt, LocalTime closesAt, String note) {

    /** Monday first, then by the time it opens and closes: the order the service lists its schedules in. */
    static final Comparator<DirectorySession> IN_THE_WEEK = Comparator.comparing(DirectorySession::day)
            .thenComparing(DirectorySession::opensAt).thenComparing(DirectorySession::closesAt);

    public DirectorySession {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a session closes after it opens: " + opensAt + " to " + closesAt);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** What tells this session from the activity's others: its day and hours. */
    String key() {
        return day + "/" + opensAt + "/" + closesAt;
    }
}
