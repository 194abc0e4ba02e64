package org.communitychest.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantPayments;
import org.communitychest.awards.GrantStatus;
import org.communitychest.awards.Payment;
import org.communitychest.awards.ui.GrantPages;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.monitoring.GrantFixtures;
import org.communitychest.monitoring.MyReports;
import org.communitychest.monitoring.ReportForm;
import org.communitychest.monitoring.ReportKind;
import org.communitychest.monitoring.ReportReviews;
import org.communitychest.monitoring.ReportSection;
import org.communitychest.monitoring.ReportStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A report's round trip: accepted, the grant owes a midpoint and a final report; a member writes the final one part
 * by part, is told what is missing, sends it; the officer returns it with comments (the group is mailed), the group
 * changes it and sends it again, the officer approves it; then the last payment can be made and the grant completed.
 */
class ReportJourneyTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MyReports myReports;
    @Autowired
    ReportReviews reviews;
    @Autowired
    GrantPayments payments;
    @Autowired
    GrantOffers offers;
    GrantFixtures fixtures;
    GrantFixtures.Accepted grant;

    @BeforeEach
    void acceptedGrant() {
        fixtures = new GrantFixtures(context);
        var today = London.today(clock);
        grant = fixtures.accepted(125_000, today, today.plusMonths(12), 200_000);
    }

    @Test
    void theGroupWritesItsReportTheOfficerReturnsItThenApprovesItAndTheLastPaymentFollows() {
        loginAs(grant.bidder());
        var owed = myReports.ofGrant(grant.grantId());
        assertThat(owed).extracting(r -> r.kind()).containsExactly(ReportKind.MIDPOINT, ReportKind.FINAL);
        assertThat(owed).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReportStatus.DUE);
            assertThat(r.form()).as("under the round's £2,000 threshold").isEqualTo(ReportForm.SHORT);
        });
        var today = London.today(clock);
        assertThat(owed.get(1).dueOn()).as("one month after the end").isEqualTo(today.plusMonths(13));
        long reportId = owed.get(1).id();

        navigate(GrantPages.forGroup(grant.grantId()));
        assertThat(_get(Div.class, spec -> spec.withClasses("cc-grant-reports")).getElement().getTextRecursively())
                .contains("Midpoint report").contains("Final report");

        navigate(MonitoringNavigation.report(reportId));
        var tasks = _get(ReportTaskListView.class);
        assertThat(tasks.progress.getText()).startsWith("0 of 4 parts done");

        navigate(MonitoringNavigation.part(reportId, ReportSection.ACTIVITY));
        var activity = (ActivityPart) _get(ReportSectionView.class).editor;
        _setValue(activity.sessions, 12);
        _setValue(activity.participants, 30);
        _setValue(activity.participants, -3);
        assertThat(activity.participants.getErrorMessage()).isEqualTo("Type a whole number from 0 to 100,000.");
        assertThat(myReports.get(reportId).content().participants()).as("the refused value is not stored")
                .isEqualTo(30);
        _setValue(activity.participants, 31);
        assertThat(activity.participants.isInvalid()).isFalse();

        navigate(MonitoringNavigation.part(reportId, ReportSection.REFERRALS));
        var referrals = (ReferralsPart) _get(ReportSectionView.class).editor;
        assertThat(referrals.byNeed).isNotEmpty();
        referrals.byNeed.values().forEach(f -> _setValue(f, 7));

        navigate(MonitoringNavigation.check(reportId));
        var check = _get(ReportCheckView.class);
        _click(check.send);
        _click(check.send);
        assertThat(check.problem.isVisible()).isTrue();
        assertThat(check.problem.getElement().getTextRecursively()).contains("What you spent")
                .contains("A story or photos").doesNotContain("What you did");
        assertThat(myReports.get(reportId).status()).isEqualTo(ReportStatus.DUE);

        navigate(MonitoringNavigation.part(reportId, ReportSection.SPEND));
        _setValue(((SpendPart) _get(ReportSectionView.class).editor).confirmed, true);
        navigate(MonitoringNavigation.part(reportId, ReportSection.STORY));
        _setValue(((StoryPart) _get(ReportSectionView.class).editor).story,
                "A man who had not left his flat since his wife died now comes every week.");
        navigate(MonitoringNavigation.check(reportId));
        _click(_get(ReportCheckView.class).send);
        assertThat(myReports.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(_get(ReportTaskListView.class).sent.isVisible()).isTrue();

        loginAs(ApplicationFixtures.OFFICER);
        assertThat(reviews.waiting()).extracting(r -> r.id()).contains(reportId);
        navigate(MonitoringNavigation.review(reportId));
        var review = _get(ReportReviewView.class);
        _click(review.sendBack);
        assertThat(review.comments.getErrorMessage())
                .isEqualTo("Say what the group should change, so that they can send the report again.");
        assertThat(reviews.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        _setValue(review.comments, "Please say how many of the 31 people came back more than once.");
        _click(review.sendBack);
        assertThat(reviews.get(reportId).status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(review.reviewCard.isVisible()).isFalse();
        assertThat(fixtures.px.fx.jdbc.queryForObject("select count(*) from mail_message where recipient = ?"
                + " and template = 'report-returned'", Integer.class, grant.bidder())).isEqualTo(1);
        long firstInstalment = offers.get(grant.grantId()).payments().getFirst().amount().pence();
        payments.record(grant.grantId(), 1, new Payment(today, Money.ofPence(firstInstalment), "FIN-1"));
        assertThatThrownBy(() -> payments.record(grant.grantId(), 2, new Payment(today,
                Money.ofPence(125_000 - firstInstalment), "FIN-2"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors().get("payment").key())
                        .isEqualTo("staff.awards.pay.final-report-first"));

        loginAs(grant.bidder());
        navigate(MonitoringNavigation.report(reportId));
        tasks = _get(ReportTaskListView.class);
        assertThat(tasks.returned.getElement().getTextRecursively()).contains("came back more than once");
        navigate(MonitoringNavigation.part(reportId, ReportSection.STORY));
        _setValue(((StoryPart) _get(ReportSectionView.class).editor).story,
                "Of the 31, 22 came back every week. One man who had not left his flat now comes every week.");
        navigate(MonitoringNavigation.check(reportId));
        _click(_get(ReportCheckView.class).send);
        assertThat(myReports.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);

        loginAs(ApplicationFixtures.OFFICER);
        navigate(MonitoringNavigation.review(reportId));
        review = _get(ReportReviewView.class);
        _click(review.approve);
        assertThat(reviews.get(reportId).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(review.outcome.getElement().getTextRecursively()).contains("last payment can be recorded");
        payments.record(grant.grantId(), 2, new Payment(today, Money.ofPence(125_000 - firstInstalment), "FIN-2"));
        offers.complete(grant.grantId());
        assertThat(offers.get(grant.grantId()).status()).isEqualTo(GrantStatus.COMPLETED);
        assertThat(_find(ReportReviewView.class)).hasSize(1);
    }

    @Test
    void aGrantOverTheThresholdReportsOnTheFullFormAndAnotherGroupCannotOpenIt() {
        var today = London.today(clock);
        var big = fixtures.accepted(125_000, today, today.plusMonths(4), 100_000);
        loginAs(big.bidder());
        var owed = myReports.ofGrant(big.grantId());
        assertThat(owed).as("four months: the final report only").singleElement()
                .satisfies(r -> assertThat(r.form()).isEqualTo(ReportForm.FULL));
        long reportId = owed.getFirst().id();
        navigate(MonitoringNavigation.part(reportId, ReportSection.SPEND));
        var spend = (SpendPart) _get(ReportSectionView.class).editor;
        assertThat(spend.spent).isNotEmpty();
        _setValue(spend.spent.getFirst(), new BigDecimal("-5"));
        assertThat(spend.spent.getFirst().getErrorMessage()).startsWith("Type an amount from £0");
        _setValue(spend.spent.getFirst(), new BigDecimal("400.50"));
        assertThat(myReports.get(reportId).content().spend().getFirst().spent()).isEqualTo(Money.ofPence(40_050));
        navigate(MonitoringNavigation.part(reportId, ReportSection.ACTIVITY));
        var activity = (ActivityPart) _get(ReportSectionView.class).editor;
        _setValue(activity.participants, 20);
        _setValue(activity.attendances, 5);
        assertThat(activity.attendances.getErrorMessage()).contains("cannot be fewer than the 20 people");

        loginAs(grant.bidder());
        assertThatThrownBy(() -> myReports.get(reportId)).as("another group's report does not exist for them")
                .isInstanceOf(org.communitychest.base.RecordNotFoundException.class);
    }
}
