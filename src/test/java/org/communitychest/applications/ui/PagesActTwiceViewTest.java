package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.communitychest.GreenMailKaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
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

        assertThat(view.grid.getColumns()).hasSize(8);
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

    @Test
    void twoQuestionsAnsweredOneAfterTheOtherOnOneTaskListAreTwoAnswers() {
        String member = fx.newApplicant("Ada Answers");
        long id = submittedApplication(member);
        fx.as(ApplicationFixtures.OFFICER, () -> {
            fx.screening.askForInformation(id, "Where do you meet?");
            fx.screening.askForInformation(id, "How many come?");
        });
        loginAs(member);
        navigate(ApplicationsNavigation.taskList(id));
        navigate(ApplicationsNavigation.taskList(id));

        answerTheFirstOpenQuestion("In the church hall.");
        answerTheFirstOpenQuestion("About twelve each week.");

        assertThat(jdbc.queryForList("select answer from information_request where application_id = ? order by id",
                String.class, id)).containsExactly("In the church hall.", "About twelve each week.");
        assertThat(fx.audits("INFORMATION_PROVIDED", id)).isEqualTo(2);
        assertThat(_find(_get(TaskListView.class), TextArea.class)).as("nothing left to answer").isEmpty();
    }

    /** Types the answer under the first question still open on the task list and sends it with its own button. */
    private static void answerTheFirstOpenQuestion(String text) {
        var answer = _find(_get(TaskListView.class), TextArea.class).getFirst();
        _setValue(answer, text);
        _click(_get((Component) answer.getParent().orElseThrow(), Button.class,
                spec -> spec.withText("Send answer")));
    }

    @Test
    void twoFilesUploadedOneAfterTheOtherOnOnePageAreTwoDocumentsEachOnce() {
        String member = fx.newApplicant("Una Uploads");
        long group = fx.newGroup(member, "Twice Uploaders " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.start(round, group, FormType.FULL));
        loginAs(member);
        navigate(ApplicationsNavigation.section(id, Section.DOCUMENTS));
        navigate(ApplicationsNavigation.section(id, Section.DOCUMENTS));
        var slots = documentsOnScreen().uploads.keySet().stream().toList();
        assertThat(slots).hasSize(2);

        UploadKt._upload(documentsOnScreen().uploads.get(slots.get(0)), "constitution.pdf", "application/pdf",
                ApplicationFixtures.pdf("Constitution"));
        UploadKt._upload(documentsOnScreen().uploads.get(slots.get(1)), "safeguarding.pdf", "application/pdf",
                ApplicationFixtures.pdf("Safeguarding"));

        assertThat(jdbc.queryForList("select file_name from application_document where application_id = ?"
                + " order by id", String.class, id)).containsExactly("constitution.pdf", "safeguarding.pdf");
        assertThat(fx.audits("DOCUMENT_UPLOADED", id)).isEqualTo(2);
        assertThat(documentsOnScreen().getElement().getTextRecursively()).as("both shown as uploaded")
                .contains("constitution.pdf", "safeguarding.pdf");
    }

    /** The documents section on screen now: each upload redraws the page with a new one. */
    private static DocumentsSection documentsOnScreen() {
        return (DocumentsSection) _get(SectionView.class).editor;
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
