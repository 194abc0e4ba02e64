package org.communitychest.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.communitychest.base.Money;
import org.communitychest.base.SystemActor;
import org.communitychest.monitoring.AgeBand;
import org.communitychest.monitoring.ListingForm;
import org.communitychest.monitoring.ListingSession;
import org.communitychest.monitoring.MyListings;
import org.communitychest.monitoring.MyOutcomes;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportKind;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.outcomes.Measurement;
import org.communitychest.monitoring.outcomes.Ons4;
import org.communitychest.monitoring.outcomes.ParticipantCode;
import org.communitychest.monitoring.outcomes.Stage;
import org.communitychest.monitoring.outcomes.Swemwbs;
import org.springframework.stereotype.Component;

/**
 * The spring round's reports, wellbeing answers and directory listings. The grants started in March, so their
 * midpoint reports fell due at the end of August: the men's shed sent its report and the officer approved it (its
 * wellbeing answers have eight matched pairs, enough to report); the warm lunches sent theirs and it was returned
 * with a question (three pairs: too few to report); the tablet library's is overdue. Every final report is still
 * to come. All three activities are in the public directory.
 */
@Component
class DemoMonitoring {

    private final MyReports reports;
    private final ReportReviews reviews;
    private final MyOutcomes outcomes;
    private final MyListings listings;

    DemoMonitoring(MyReports reports, ReportReviews reviews, MyOutcomes outcomes, MyListings listings) {
        this.reports = reports;
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.listings = listings;
    }

    void seed(long partnershipId, DemoPanels.Person officer, Map<String, DemoPanels.Group> groups, long shed,
            long lunches, long tablets) {
        var dave = groups.get("shed").applicant();
        var margaret = groups.get("poplar").applicant();
        var digital = groups.get("digital").applicant();
        long shedReport = as(dave, () -> midpoint(shed));
        as(dave, () -> write(shedReport, 14, 31, 212, 9, "Ahmed came in March, referred by his link worker after his"
                + " wife died. He now opens the Shed on Thursdays and taught four others to sharpen tools.",
                "The dust extractor came late, so the first two open days were for hand tools only."));
        as(dave, () -> {
            for (int i = 1; i <= 8; i++) {
                answers(shed, "SHED-" + (100 + i), Stage.BASELINE, 4 + i % 3, 16 + i % 4);
                answers(shed, "SHED-" + (100 + i), Stage.FOLLOW_UP, 5 + i % 3 + i % 2, 19 + i % 5);
            }
            return reports.submit(shedReport, reports.get(shedReport).version());
        });
        as(officer, partnershipId, () -> reviews.approve(shedReport,
                "Thank you: a clear report, and the story will help the board.")); // not user text: demo data

        long lunchesReport = as(margaret, () -> midpoint(lunches));
        as(margaret, () -> write(lunchesReport, 9, 46, 318, 12, "Joan, 84, had not eaten a hot meal with anyone since"
                + " her husband died. She comes every Friday and now phones two of the others in the week.",
                "The hall's kitchen failed a safety check in September; we cooked at the church for three weeks."));
        as(margaret, () -> {
            for (int i = 1; i <= 3; i++) {
                answers(lunches, "PGN-" + (10 + i), Stage.BASELINE, 5, 18 + i);
                answers(lunches, "PGN-" + (10 + i), Stage.FOLLOW_UP, 7, 21 + i);
            }
            answers(lunches, "PGN-14", Stage.BASELINE, 4, 17);
            return reports.submit(lunchesReport, reports.get(lunchesReport).version());
        });
        as(officer, partnershipId, () -> reviews.returnToGroup(lunchesReport, "Thank you. Could you say how many"
                + " of the 46 people were referred by link workers? The referrals part shows 12 for loneliness but"
                + " the story suggests more.")); // not user text: demo data

        as(dave, () -> listings.save(shed, -1, listing("Bow East Men's Shed open days", "Woodwork, repairs and a"
                + " cup of tea in a friendly workshop. Tools and safety kit provided; no experience needed.",
                "Men and women over 50, especially anyone who lives alone.", "shed@example.org",
                "Bow East Men's Shed", "Rear of 12 Wick Lane, London", "E3 2NA",
                List.of(session(DayOfWeek.THURSDAY, 10, 14, null), session(DayOfWeek.SATURDAY, 10, 13,
                        "First Saturday of the month: open day")))));
        as(margaret, () -> listings.save(lunches, -1, listing("Friday warm lunch club", "A hot two-course lunch"
                + " and company every Friday, with a phone call in the week for anyone who cannot come.",
                "Older residents of Poplar who are lonely or struggle to eat well in winter.", "lunches@example.org",
                "St Matthias Community Centre", "113 Poplar High Street, London", "E14 0AE",
                List.of(session(DayOfWeek.FRIDAY, 12, 14, "November to April")))));
        as(digital, () -> listings.save(tablets, -1, listing("Tablet lending library", "Borrow a tablet for a term"
                + " and learn to use it at a weekly help session: video calls, repeat prescriptions, shopping.",
                "Anyone referred for digital skills or loneliness who has no device of their own.",
                "tablets@example.org", "Mile End Library", "Mile End Road, London", "E1 4NS",
                List.of(session(DayOfWeek.TUESDAY, 14, 16, null), session(DayOfWeek.WEDNESDAY, 18, 19, null)))));
    }

    private long midpoint(long grantId) {
        return reports.ofGrant(grantId).stream().filter(r -> r.kind() == ReportKind.MIDPOINT).findFirst()
                .orElseThrow().id();
    }

    /** A full report's every part, as a group writes it. */
    private Object write(long reportId, int sessions, int participants, int attendances, int referred, String story,
            String challenges) {
        var report = reports.get(reportId);
        long v = reports.saveActivity(reportId, report.version(), sessions, participants, attendances).version();
        var byNeed = new LinkedHashMap<Long, Integer>();
        var needs = report.grant().needs();
        for (int i = 0; i < needs.size(); i++) {
            byNeed.put(needs.get(i).id(), i == 0 ? referred : referred / 3);
        }
        v = reports.saveReferrals(reportId, v, byNeed).version();
        v = reports.saveAges(reportId, v, Map.of(AgeBand.AGE_50_64, participants / 3, AgeBand.AGE_65_PLUS,
                participants - participants / 3)).version();
        var spent = report.content().spend().stream().map(l -> Money.ofPence(l.budget().pence() * 45 / 100)).toList();
        v = reports.saveSpend(reportId, v, spent, true).version();
        v = reports.saveStory(reportId, v, story, false).version();
        return reports.saveChanges(reportId, v, challenges, null);
    }

    private Object answers(long grantId, String code, Stage stage, int satisfied, int swemwbsRaw) {
        int each = swemwbsRaw / 7;
        int extra = swemwbsRaw % 7;
        var items = new Integer[7];
        for (int i = 0; i < 7; i++) {
            items[i] = each + (i < extra ? 1 : 0);
        }
        return outcomes.save(grantId, new Measurement(new ParticipantCode(code), stage, Optional.empty(),
                Ons4.of(satisfied, satisfied + 1, satisfied, 9 - satisfied), Swemwbs.of(items)));
    }

    private static ListingForm listing(String name, String description, String whoFor, String email, String venue,
            String address, String postcode, List<ListingSession> sessions) {
        return new ListingForm(name, description, whoFor, "Email us the person's first name and a phone number, or"
                + " ask them to call in: we will welcome them at the next session.", email, null, venue, address,
                postcode, sessions, true); // not user text: demo data
    }

    private static ListingSession session(DayOfWeek day, int from, int to, String note) {
        return new ListingSession(day, LocalTime.of(from, 0), LocalTime.of(to, 0), note);
    }

    /** The first day of the month nine months back: the spring grants' start, so their midpoints have passed. */
    static LocalDate springStart(LocalDate today) {
        return today.minusMonths(9).withDayOfMonth(1);
    }

    private static <T> T as(DemoPanels.Person person, Supplier<T> work) {
        return as(person, null, work);
    }

    private static <T> T as(DemoPanels.Person person, Long partnershipId, Supplier<T> work) {
        return SystemActor.callAsUser(person.id(), person.email(), partnershipId, work, person.role());
    }
}
