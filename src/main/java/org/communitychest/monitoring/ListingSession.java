package org.communitychest.monitoring;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** When an activity runs each week: a day, from and to, and a note (term time only, say). */
public record ListingSession(DayOfWeek day, LocalTime startsAt, LocalTime endsAt, String note) {
}
