package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.ItemClickEvent;
import java.util.UUID;
import org.communitychest.GreenMailKaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Pages that redraw themselves act once per click however often they were drawn: each page is opened twice and
 * used twice, and each action is stored (and mailed) exactly as often as it was asked for.
 */
class PagesActTwiceViewTest extends GreenMailKaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Acts twice " + UUID.randomUUID());
    }

    private long submittedApplication(String member) {
        long group = fx.newGroup(member, "Twice Gardeners " + UUID.randomUUID());
        return fx.as(member, () -> {
            long id = fx.completeShortDraft(round, group, "Raised beds");
            fx.submit(id);
            return id;
        });
    }

    @Test
    void twoQuestionsAskedOnOnePageAreTwoQuestionsAndTwoMails() throws Exception {
        String member = fx.newApplicant("Tess Twice");
        long id = submittedApplication(member);
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.review(id));
        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);

        _setValue(review.question, "Where are the beds?");
        _click(review.ask);
        _setValue(review.question, "Who waters them?");
        _click(review.ask);

        assertThat(jdbc.queryForList("select question from information_request where application_id = ?"
                + " order by id", String.class, id)).containsExactly("Where are the beds?", "Who waters them?");
        sendQueuedMail();
        assertThat(receivedBy(member).stream().filter(m -> subjectOf(m).startsWith("A question"))).hasSize(2);
    }

    @Test
    void screeningTwiceOnOnePageIsTwoScreeningsWithoutAFalseConflict() {
        long id = submittedApplication(fx.newApplicant("Sid Screened"));
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.review(id));
        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);

        review.gates.values().forEach(gate -> _setValue(gate, "Pass"));
        _click(review.saveScreening);
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.ELIGIBLE);
        review.gates.values().forEach(gate -> _setValue(gate, "Fail"));
        _click(review.saveScreening);

        assertThat(notificationTexts()).containsExactly("Marked eligible", "Marked not eligible. We are sending an"
                + " email with the reasons to the group: it is queued and should arrive in the next few minutes.");
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(fx.audits("APPLICATION_SCREENED", id)).isEqualTo(2);
    }

    @Test
    void theRoundsApplicationsPageOpenedTwiceListensOnceAndShowsItsColumnsOnce() {
        submittedApplication(fx.newApplicant("Rae Rows"));
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.roundApplications(round.id()));
        navigate(ApplicationsNavigation.roundApplications(round.id()));
        var view = _get(RoundApplicationsView.class);

        assertThat(view.grid.getColumns()).hasSize(7);
        assertThat(ComponentUtil.getListeners(view.grid, ItemClickEvent.class)).hasSize(1);
        assertThat(view.count.getText()).isEqualTo("1 application");
        _setValue(view.status, ApplicationStatus.ELIGIBLE);
        assertThat(view.count.getText()).isEqualTo("0 applications");
        _setValue(view.status, null);
        assertThat(view.count.getText()).isEqualTo("1 application");
    }

    @Test
    void theStartPageOpenedTwiceStartsOneApplication() {
        String member = fx.newApplicant("Stan Start");
        long group = fx.newGroup(member, "Start Twice Choir " + UUID.randomUUID());
        loginAs(member);
        navigate(org.communitychest.rounds.ui.RoundsNavigation.apply(round.id()));
        navigate(org.communitychest.rounds.ui.RoundsNavigation.apply(round.id()));
        var start = _get(StartApplicationView.class);

        _click(start.start);
        assertThat(start.formType.isInvalid() || start.alert.isVisible()).as("no size chosen: refused").isTrue();
        start.eligibility.values().forEach(q -> _setValue(q, "Yes"));
        _setValue(start.formType, FormType.SHORT);
        _click(start.start);

        assertThat(jdbc.queryForObject("select count(*) from application where organisation_id = ?",
                Integer.class, group)).isEqualTo(1);
    }

    @Test
    void theCheckPageOpenedTwiceSubmitsOnce() {
        String member = fx.newApplicant("Cass Check");
        long group = fx.newGroup(member, "Check Twice Club " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.completeShortDraft(round, group, "Knitting"));
        loginAs(member);
        navigate(ApplicationsNavigation.check(id));
        navigate(ApplicationsNavigation.check(id));
        var check = _get(CheckAnswersView.class);

        _click(check.submit);

        assertThat(check.alert.isVisible()).as("no false refusal").isFalse();
        assertThat(fx.audits("APPLICATION_SUBMITTED", id)).isEqualTo(1);
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
