package org.communitychest.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the partnership read them: Europe/London. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK); // not user text: a pattern
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK); // not user text
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK); // not user text

    private London() {
    }

    public static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(toLocal(instant)).replace("AM", "am").replace("PM", "pm");
    }

    /** London time to the minute as a spreadsheet sorts and reads it: {@code 2026-11-30 14:05}. */
    public static String sortable(Instant instant) {
        return instant == null ? "" : SORTABLE.format(toLocal(instant));
    }
}
