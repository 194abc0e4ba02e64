package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The officer's review page keeps the officer where they acted: sending a question or saving the screening brings
 * only the part that changed up to date (nothing else is drawn again, so the browser keeps its scroll position and
 * nothing chosen but not yet saved is lost), and the confirmation shows in the bottom-start corner, clear of the
 * header. A gate asks for a reason only once the officer fails it.
 */
class ReviewPageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    long id;

    @BeforeEach
    void submittedApplication() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Review page " + UUID.randomUUID());
        String member = fx.newApplicant("Rita Review");
        long group = fx.newGroup(member, "Limehouse Litter Pickers " + UUID.randomUUID());
        id = fx.as(member, () -> {
            long draft = fx.completeShortDraft(round, group, "Clean canal paths");
            fx.submit(draft);
            return draft;
        });
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.review(id));
    }

    private static List<Component> pageParts(ReviewApplicationView review) {
        return review.getChildren().toList();
    }

    private static void assertConfirmedBottomStart() {
        assertThat(NotificationsKt.getNotifications()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.getPosition()).isEqualTo(Notification.Position.BOTTOM_START));
    }

    @Test
    void sendingAQuestionRedrawsOnlyTheQuestionsAndKeepsAnUnsavedChoice() {
        var review = _get(ReviewApplicationView.class);
        var parts = pageParts(review);
        var firstGate = review.gates.values().iterator().next();
        _setValue(firstGate, "Pass");

        _setValue(review.question, "Which towpath will you start on?");
        _click(review.ask);

        assertThat(pageParts(review)).as("the page is not drawn again").containsExactlyElementsOf(parts);
        assertThat(review.gates.values().iterator().next()).isSameAs(firstGate);
        assertThat(firstGate.getValue()).as("a choice not yet saved stays").isEqualTo("Pass");
        assertThat(review.questionList.getElement().getTextRecursively())
                .contains("Which towpath will you start on?").contains("Not answered yet");
        assertThat(review.question.getValue()).isEmpty();
        assertConfirmedBottomStart();
    }

    @Test
    void savingTheScreeningUpdatesTheStatusInPlace() {
        var review = _get(ReviewApplicationView.class);
        var parts = pageParts(review);
        var gates = List.copyOf(review.gates.values());
        _setValue(review.question, "A question typed but not sent yet");
        assertThat(review.statusTag.getText()).isEqualTo("Submitted");

        review.gates.values().forEach(gate -> _setValue(gate, "Pass"));
        _click(review.saveScreening);

        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(review.statusTag.getText()).isEqualTo("Eligible");
        assertThat(pageParts(review)).containsExactlyElementsOf(parts);
        assertThat(review.gates.values()).containsExactlyElementsOf(gates);
        assertThat(review.question.getValue()).isEqualTo("A question typed but not sent yet");
        assertConfirmedBottomStart();

        review.gates.values().forEach(gate -> _setValue(gate, "Fail"));
        _click(review.saveScreening);
        assertThat(review.statusTag.getText()).as("saved again with the version just stored")
                .isEqualTo("Not eligible");
    }

    @Test
    void aGateAsksForAReasonOnlyWhenItFails() {
        var review = _get(ReviewApplicationView.class);
        var question = round.eligibility().getFirst();
        var gate = review.gates.get(question.id());
        var reason = review.reasons.get(question.id());
        assertThat(review.reasons.values()).as("no choice made yet").noneMatch(Component::isVisible);

        _setValue(gate, "Fail");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getValue()).as("the round's own wording to start from").isEqualTo(question.failReason());

        _setValue(gate, "Pass");
        assertThat(reason.isVisible()).isFalse();
        review.gates.values().forEach(g -> _setValue(g, "Pass"));
        _click(review.saveScreening);
        assertThat(jdbc.queryForList("select screening_reason from application_eligibility_answer"
                + " where application_id = ?", String.class, id)).as("a pass carries no reason").containsOnlyNulls();

        navigate(ApplicationsNavigation.review(id));
        review = _get(ReviewApplicationView.class);
        assertThat(review.reasons.values()).as("all passed").noneMatch(Component::isVisible);
    }
}
