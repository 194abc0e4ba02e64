package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.rounds.EligibilityQuestion;
import org.communitychest.rounds.RoundDetails;

/** "Can we apply?": the round's questions, answered before anyone makes an account. */
class EligibilityChecker extends VerticalLayout {

    final Map<Long, RadioButtonGroup<String>> answers = new LinkedHashMap<>();
    final Button check = new Button("Check if we can apply");
    final Div result = new Div();

    /**
     * {@code now} is the application clock's time the page was opened at, which {@code accepting} was decided on;
     * {@code signedIn}: the person already has an account.
     */
    EligibilityChecker(RoundDetails round, boolean accepting, Instant now, boolean signedIn) {
        setPadding(false);
        addClassName("cc-card");
        add(new H2("Can your group apply?"), new Paragraph(signedIn
                ? "Answer these questions to see whether your group can apply. Your answers go with you to the"
                        + " application, so you are not asked again."
                : "Answer these questions to find out before you make an account."));
        for (EligibilityQuestion q : round.eligibility()) {
            var group = new RadioButtonGroup<String>(q.question());
            group.setItems("Yes", "No");
            answers.put(q.id(), group);
            add(group);
        }
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> show(round, accepting, now));
        result.getElement().setAttribute("aria-live", "polite");
        add(check, result);
    }

    /** The questions answered so far, yes (true) or no (false). */
    Map<Long, Boolean> answersGiven() {
        Map<Long, Boolean> given = new HashMap<>();
        answers.forEach((id, group) -> {
            if (group.getValue() != null) {
                given.put(id, "Yes".equals(group.getValue()));
            }
        });
        return given;
    }

    /** Calls {@code changed} whenever an answer changes. */
    void onAnswerChange(Runnable changed) {
        answers.values().forEach(group -> group.addValueChangeListener(e -> changed.run()));
    }

    private void show(RoundDetails round, boolean accepting, Instant now) {
        result.removeAll();
        var unanswered = answers.values().stream().filter(g -> g.getValue() == null).toList();
        answers.values().forEach(g -> g.setInvalid(false));
        if (!unanswered.isEmpty()) {
            unanswered.forEach(g -> {
                g.setErrorMessage("Choose yes or no");
                g.setInvalid(true);
            });
            result.add(new Paragraph("Please answer every question."));
            result.setClassName("cc-alert");
            return;
        }
        var given = answersGiven();
        var failed = round.failedBy(given);
        if (failed.isEmpty()) {
            result.setClassName("cc-alert cc-alert-success");
            result.add(new H3("You can apply"));
            if (accepting) {
                result.add(new Paragraph("Your group meets this round's eligibility rules."),
                        new Anchor(RoundsNavigation.apply(round.id(), given), "Start your application"));
            } else {
                result.add(new Paragraph("Your group meets the rules, but the round is not taking applications now: "
                        + round.availability(now) + "."));
            }
        } else {
            result.setClassName("cc-alert");
            result.add(new H3("Sorry, your group cannot apply to this round"));
            for (EligibilityQuestion q : failed) {
                var reason = new Div(new Paragraph(q.failReason()), new Paragraph("Where else to look: "
                        + q.signpost()));
                reason.addClassName("cc-failed-gate");
                result.add(reason);
            }
        }
    }
}
