package org.communitychest.monitoring.openreferral;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A partnership's need vocabulary and activities from its directory, as the portal would hand them over. */
final class OpenReferralExamples {

    static final String FUNDER = "Tower Hamlets Together";
    static final DirectoryTaxonomy NEEDS = new DirectoryTaxonomy(
            UUID.fromString("6f1c1d1e-2a55-4c8e-9d0b-0c1f7a3e5b21"), "Tower Hamlets Together need categories",
            "The needs social prescribers in Tower Hamlets record when there is no activity to refer someone to.",
            "2026-1");
    static final DirectoryTaxonomyTerm LONELINESS = new DirectoryTaxonomyTerm(
            UUID.fromString("0b6f4f7c-7e39-4a43-9d47-3a4f3c2b1a01"), "SOCIAL_ISOLATION",
            "Social isolation and loneliness", "Few people to talk to, or feeling alone among them.", NEEDS);
    static final DirectoryTaxonomyTerm FOOD = new DirectoryTaxonomyTerm(
            UUID.fromString("0b6f4f7c-7e39-4a43-9d47-3a4f3c2b1a02"), "HEALTHY_EATING_FOOD", "Healthy eating and food",
            null, NEEDS);
    static final DirectoryTaxonomyTerm ACTIVITY = new DirectoryTaxonomyTerm(
            UUID.fromString("0b6f4f7c-7e39-4a43-9d47-3a4f3c2b1a03"), "PHYSICAL_ACTIVITY", "Physical activity",
            "Moving more, at any age and ability.", NEEDS);
    static final DirectoryOrganisation KITCHEN = new DirectoryOrganisation(
            UUID.fromString("3c9a0e52-8f4b-4a7e-b1d2-5e6f70819203"), "Bow Community Kitchen",
            "Neighbours cooking and eating together in Bow since 2015.", URI.create("https://bowkitchen.example.org/"),
            "1123456");
    static final DirectoryVenue CHURCH_HALL = new DirectoryVenue(
            UUID.fromString("9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f"), "St Mary's church hall", "1 Bow Road", "London",
            "Greater London", "E3 2AA", 51.5273, -0.0206);
    static final UUID LUNCH_CLUB_ID = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final Instant MODIFIED = Instant.parse("2026-11-30T10:15:00.123456Z");

    private OpenReferralExamples() {
    }

    /** A lunch club with three weekly sessions, given out of order, three areas and three needs. */
    static DirectoryActivity lunchClub() {
        return new DirectoryActivity(LUNCH_CLUB_ID, "Lunch club", "A hot two-course lunch cooked by volunteers.",
                "Anyone over 60 in Bow who would like company at lunch.",
                "Email us the person's first name and a phone number; we ring them within a week.",
                "referrals@bowkitchen.example.org", URI.create("https://bowkitchen.example.org/lunch-club"), KITCHEN,
                CHURCH_HALL, List.of(
                        new DirectorySession(DayOfWeek.THURSDAY, LocalTime.of(12, 0), LocalTime.of(14, 0), null),
                        new DirectorySession(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(14, 30),
                                "term time only"),
                        new DirectorySession(DayOfWeek.MONDAY, LocalTime.of(9, 30), LocalTime.of(11, 0), null)),
                List.of(new DirectoryArea("E05009319", "Bow East"), new DirectoryArea("E05009320", "Bow West"),
                        new DirectoryArea("U12345", "Bow and Poplar primary care network")),
                List.of(LONELINESS, FOOD, ACTIVITY), FUNDER, MODIFIED);
    }

    /** A befriending line with no venue, no sessions, areas or needs, and only what the records require. */
    static DirectoryActivity phoneFriends() {
        var group = new DirectoryOrganisation(UUID.fromString("4d0b1f63-9a5c-4b8f-82e3-6f7a8192a314"),
                "Island Phone Friends", "Volunteers who ring people on the Isle of Dogs for a chat.", null, null);
        return new DirectoryActivity(UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "Phone friends", null,
                null, "Email the coordinator and say when the person would like a call.",
                "coordinator@phonefriends.example.org", null, group, null, null, null, null, FUNDER,
                Instant.parse("2026-10-01T08:00:00Z"));
    }
}
