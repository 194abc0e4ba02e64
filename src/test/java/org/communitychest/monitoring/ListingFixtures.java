package org.communitychest.monitoring;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A complete directory listing, as a group would write it. */
public final class ListingFixtures {

    private ListingFixtures() {
    }

    public static ListingForm walkingGroup(boolean published) {
        return new ListingForm("Tuesday walking group", "A gentle hour's walk round Victoria Park, then tea.",
                "Anyone over 50 who would like company on a walk.",
                "Email us the person's first name and phone number; we call within a week.", "walks@example.org",
                "example.org/walks", "Victoria Park Hub", "Old Ford Road, London", "e3 5dq", List.of(
                        new ListingSession(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 30), null),
                        new ListingSession(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(15, 0),
                                "Term time only")), published);
    }
}
