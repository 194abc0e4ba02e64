package org.communitychest.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.communitychest.KaribuTest;
import org.communitychest.base.London;
import org.communitychest.monitoring.GrantFixtures;
import org.communitychest.monitoring.MyOutcomes;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportSection;
import org.communitychest.monitoring.outcomes.Ons4Item;
import org.communitychest.monitoring.outcomes.SwemwbsItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The wellbeing part of a full report, typed and uploaded, good and bad; and the directory listing, from the
 * group's form to the public directory, searched by day.
 */
class OutcomesAndDirectoryViewTest extends KaribuTest {

    static final String HEADER = "participant_code,stage,collected_on,ons4_satisfied,ons4_worthwhile,ons4_happy,"
            + "ons4_anxious,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    MyReports reports;
    @Autowired
    MyOutcomes outcomes;
    GrantFixtures.Accepted grant;

    @BeforeEach
    void fullFormGrant() {
        var today = London.today(clock);
        grant = new GrantFixtures(context).accepted(125_000, today, today.plusMonths(12), 100_000);
    }

    @Test
    void answersTypedOrUploadedAreCheckedAndTheResultsShowWithEnoughPairs() {
        loginAs(grant.bidder());
        long reportId = reports.ofGrant(grant.grantId()).getLast().id();
        navigate(MonitoringNavigation.part(reportId, ReportSection.OUTCOMES));
        var part = (OutcomeEntry.Part) _get(ReportSectionView.class).editor;
        _click(part.save);
        _click(part.save);
        assertThat(part.code.getErrorMessage()).isEqualTo("Enter the person's code.");

        _setValue(part.code, "Amina Begum");
        _setValue(part.ons4.get(Ons4Item.SATISFIED), 11);
        _click(part.save);
        assertThat(part.code.isInvalid()).isTrue();
        assertThat(part.code.getErrorMessage()).containsIgnoringCase("name");
        assertThat(part.ons4.get(Ons4Item.SATISFIED).getErrorMessage()).contains("11");
        assertThat(outcomes.of(grant.grantId()).rows()).as("nothing stored").isEmpty();

        _setValue(part.code, "SS-001");
        _setValue(part.ons4.get(Ons4Item.SATISFIED), 6);
        part.swemwbs.values().forEach(s -> _setValue(s, 3));
        _click(part.save);
        assertThat(outcomes.of(grant.grantId()).rows()).singleElement()
                .satisfies(r -> assertThat(r.measurement().swemwbs().rawScore().getAsInt()).isEqualTo(21));
        assertThat(part.code.getValue()).as("cleared for the next person").isEmpty();

        String bad = HEADER + "SS-002,baseline,,5,5,5,5,3,3,3,3,3,3,6\n"
                + "SS-003,baseline,,11,5,5,5,,,,,,,\n"
                + "john@example.org,baseline,,5,5,5,5,,,,,,,\n"
                + "943 476 5919,follow_up,,5,5,5,5,,,,,,,\n";
        _upload(part.upload, "answers.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(part.fileError.getErrorMessage()).contains("Nothing from this file was stored").contains("4 problems");
        assertThat(part.problems.getElement().getTextRecursively()).contains("Line 2").contains("swemwbs_7")
                .contains("Line 3").contains("Line 4").contains("Line 5");
        assertThat(outcomes.of(grant.grantId()).rows()).as("all or nothing").hasSize(1);

        var good = new StringBuilder(HEADER);
        for (int i = 1; i <= 6; i++) {
            good.append("SS-10").append(i).append(",baseline,,5,6,5,6,2,2,3,2,3,2,3\n");
            good.append("SS-10").append(i).append(",follow_up,,7,7,7,4,3,4,").append(3 + i % 2).append(",3,4,3,4\n");
        }
        _upload(part.upload, "answers.csv", "text/csv", good.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(part.fileError.isInvalid()).isFalse();
        assertThat(outcomes.of(grant.grantId()).rows()).hasSize(13);
        String results = part.results.getElement().getTextRecursively();
        assertThat(results).contains("6 people answered at both times")
                .contains("© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008");
        assertThat(part.stored.getElement().getTextRecursively()).contains("Answers stored (13)");
        assertThat(SwemwbsItem.values()).hasSize(7);
    }

    @Test
    void theGroupListsItsActivityAndTheDirectoryFindsItByDay() {
        loginAs(grant.bidder());
        navigate(MonitoringNavigation.listing(grant.grantId()));
        var form = _get(ListingView.class);
        assertThat(form.name.getValue()).as("a first draft from the grant").isEqualTo("Project 0");
        _setValue(form.description, "");
        _click(form.save);
        _click(form.save);
        assertThat(form.description.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(form.referralEmail.getErrorMessage()).isEqualTo("Give an email address for referrals.");
        assertThat(form.sessions.getFirst().error.getErrorMessage()).isEqualTo("Choose the day and both times.");

        _setValue(form.description, "A gentle hour's walk round Victoria Park, then tea.");
        _setValue(form.whoFor, "Anyone over 50 who would like company.");
        _setValue(form.howToRefer, "Email us the person's first name and phone number.");
        _setValue(form.referralEmail, "walks@example.org");
        _setValue(form.venueName, "Victoria Park Hub");
        _setValue(form.addressLine, "Old Ford Road");
        _setValue(form.postcode, "e3 5dq");
        var row = form.sessions.getFirst();
        _setValue(row.day, DayOfWeek.TUESDAY);
        _setValue(row.startsAt, LocalTime.of(11, 0));
        _setValue(row.endsAt, LocalTime.of(10, 0));
        _setValue(form.published, true);
        _click(form.save);
        assertThat(row.error.getErrorMessage()).isEqualTo("The end time must be after the start time.");
        _setValue(row.endsAt, LocalTime.of(12, 0));
        _click(form.save);
        assertThat(form.postcode.getValue()).as("tidied").isEqualTo("E3 5DQ");
        assertThat(form.publicPage.isVisible()).isTrue();

        logout();
        navigate(MonitoringNavigation.directory("THT"));
        var directory = _get(DirectoryView.class);
        assertThat(directory.list.getElement().getTextRecursively()).contains("Project 0").contains("Free")
                .contains("Tuesday");
        _setValue(directory.day, DayOfWeek.MONDAY);
        assertThat(directory.list.getElement().getTextRecursively()).doesNotContain("Project 0");
        _setValue(directory.day, DayOfWeek.TUESDAY);
        assertThat(directory.list.getElement().getTextRecursively()).contains("Project 0");
    }
}
