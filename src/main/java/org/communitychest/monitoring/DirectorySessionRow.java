package org.communitychest.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly session of a listed activity. */
@Embeddable
class DirectorySessionRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 200)
    private String note;

    protected DirectorySessionRow() {
    }

    DirectorySessionRow(ListingSession session) {
        this.day = session.day();
        this.startsAt = session.startsAt();
        this.endsAt = session.endsAt();
        this.note = session.note();
    }

    ListingSession toSession() {
        return new ListingSession(day, startsAt, endsAt, note);
    }
}
