package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * With no SMTP host (the embedded default), no screen of an application's journey claims an email went out: the
 * receipt, the officer's question and the refusal say the mail is queued until mail is set up.
 */
class UnsentMailViewTest extends KaribuTest {

    private static final String QUEUED = " is queued; it will be sent when mail is set up on this portal.";

    @Autowired
    ApplicationContext context;
    private ApplicationFixtures fx;
    private String member;
    private long id;

    @BeforeEach
    void submittedApplication() {
        fx = new ApplicationFixtures(context);
        var round = fx.openRound("Unsent mail " + UUID.randomUUID());
        member = fx.newApplicant("Uma Unsent");
        long group = fx.newGroup(member, "Poplar Potters " + UUID.randomUUID());
        id = fx.as(member, () -> fx.completeFullDraft(round, group, "Clay for all"));
    }

    private static String paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void theReceiptSaysItIsQueuedNotEmailed() {
        loginAs(member);
        navigate(ApplicationsNavigation.check(id));
        var check = _get(CheckAnswersView.class);
        _click(check.submit);

        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(paragraphs()).contains("A receipt, with a PDF of the whole application, to the members of Poplar"
                + " Potters").contains(QUEUED).doesNotContain("We have emailed").doesNotContain("We will email");
        assertThat(check.nextSteps.getElement().getTextRecursively()).as("names the page where to follow it")
                .endsWith("You can follow each step on Your applications, in the menu.");
        assertThat(_get(check.nextSteps, Anchor.class).getHref()).as("and links to it")
                .isEqualTo(ApplicationsNavigation.mine());

        navigate(ApplicationsNavigation.taskList(id));
        assertThat(paragraphs()).contains("Partnership staff will check it against the eligibility rules, then it"
                + " goes to the panel.").doesNotContain("We will email");
    }

    @Test
    void theOfficersQuestionAndRefusalSayTheMailIsQueued() {
        fx.as(member, () -> fx.submit(id));
        loginAs(ApplicationFixtures.OFFICER);
        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);
        _setValue(review.question, "How many people came last year?");
        _click(review.ask);
        assertThat(notificationTexts()).containsExactly("Question saved: the group can answer it in the portal."
                + " An email telling them of it" + QUEUED);

        review.gates.values().forEach(gate -> _setValue(gate, "Fail"));
        review.reasons.values().forEach(reason -> _setValue(reason, "The group is not based in the borough."));
        _click(review.saveScreening);
        assertThat(notificationTexts()).contains("Marked not eligible. An email with the reasons to the group"
                + QUEUED);
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.INELIGIBLE);

        logout();
        loginAs(member);
        navigate(ApplicationsNavigation.taskList(id));
        assertThat(paragraphs()).contains("Your application could not go forward. An email with the reasons is"
                + " queued; it will be sent when mail is set up on this portal.").doesNotContain("We have emailed");
    }
}
