package org.communitychest.awards.giving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitychest.awards.giving.GivingGrant.Classification;
import org.communitychest.awards.giving.GivingGrant.Location;
import org.communitychest.base.Money;

/** Grants as a Tower Hamlets partnership would publish them: a charity, a company, an unregistered group. */
final class GivingExamples {

    static final String PREFIX = "THT";
    static final String FUNDER_ID = "GB-LAE-TWH";
    static final String FUNDER = "Tower Hamlets Together";
    static final String SOURCE = "https://chest.example.org/funding/360giving/tht-2026.json";
    static final String NEED = PREFIX + "-need";
    static final Location BOW_EAST = new Location("Bow East", "E05009319", "WD");
    static final Location BOW_WEST = new Location("Bow West", "E05009320", "WD");
    static final Location MILE_END = new Location("Mile End", "E05009327", "WD");
    static final Location POPLAR = new Location("Poplar", "E05009328", "WD");
    static final Classification LONELINESS = new Classification(NEED, "LONELINESS_ISOLATION",
            "Loneliness and isolation");
    static final Classification FOOD = new Classification(NEED, "HEALTHY_EATING_FOOD", "Healthy eating and food");
    static final Classification ACTIVITY = new Classification(NEED, "PHYSICAL_ACTIVITY", "Physical activity");

    private GivingExamples() {
    }

    static GivingPackage header() {
        return new GivingPackage(FUNDER, FUNDER_ID, "Tower Hamlets Together community chest grants 2026/27",
                "Grants awarded by the Connecting Communities Chest", "THT-2026-27",
                Instant.parse("2026-11-30T10:15:00Z"), Instant.parse("2026-11-30T10:15:00Z"), SOURCE);
    }

    /** A registered charity, three wards, two needs, part paid. */
    static GivingGrant charity() {
        return grant("CC/2026/001", "Bow Lunch Club", "Weekly lunches and a chat for older neighbours in Bow",
                Money.ofPounds(1_500), Money.ofPence(123_450), Money.ofPounds(600),
                "Bow Community Kitchen", "1123456", null, "E3 2AA", List.of(BOW_EAST, BOW_WEST, MILE_END),
                List.of(LONELINESS, FOOD), 1);
    }

    /** A company limited by guarantee whose number starts with a zero; nothing paid yet. */
    static GivingGrant company() {
        return grant("CC/2026/002", "Poplar Walking Football", "Walking football twice a week for men over 50",
                Money.ofPounds(2_000), Money.ofPounds(2_000), null, "Poplar Sports CIC", null, "08765432",
                "E14 0AB", List.of(POPLAR), List.of(ACTIVITY), 2);
    }

    /** An unregistered group with neither number, one ward, one need; nothing paid yet. */
    static GivingGrant unregisteredGroup() {
        return grant("CC/2026 003", "Knit and Natter", "A knitting circle at the library on Tuesdays",
                Money.ofPounds(750), Money.ofPounds(500), Money.ZERO, "Mile End Knitters", null, null, null,
                List.of(MILE_END), List.of(LONELINESS), 3);
    }

    static List<GivingGrant> all() {
        return List.of(charity(), company(), unregisteredGroup());
    }

    static GivingGrant grant(String reference, String title, String description, Money applied, Money awarded,
            Money disbursed, String recipient, String charity, String company, String postcode,
            List<Location> locations, List<Classification> needs, long organisationId) {
        return new GivingGrant(GivingIdentifiers.grant(PREFIX, reference), title, description, applied, awarded,
                disbursed, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 12,
                GivingIdentifiers.recipient(PREFIX, charity, company, organisationId), recipient, charity, company,
                postcode, locations, FUNDER_ID, FUNDER, "CCC-2026", "Connecting Communities Chest 2026/27", true,
                needs, "GLS060", Instant.parse("2026-11-30T10:15:00Z"), SOURCE);
    }
}
