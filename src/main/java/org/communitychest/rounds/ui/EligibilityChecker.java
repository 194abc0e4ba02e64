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

/** Can we apply? The round's questions, answered before anyone makes an account. */
class EligibilityChecker extends VerticalLayout {

    /** The answers' values; the labels people read come from the bundles. */
    private static final String YES = "Yes"; // not user text: an answer's value
    private static final String NO = "No";

    final Map<Long, RadioButtonGroup<String>> answers = new LinkedHashMap<>();
    final Button check = new Button(getTranslation("rounds.checker.check"));
    final Div result = new Div();

    /**
     * {@code now} is the application clock's time the page was opened at, which {@code accepting} was decided on;
     * {@code signedIn}: the person already has an account.
     */
    EligibilityChecker(RoundDetails round, boolean accepting, Instant now, boolean signedIn) {
        setPadding(false);
        addClassName("cc-card");
        add(new H2(getTranslation("rounds.checker.title")), new Paragraph(getTranslation(signedIn
                ? "rounds.checker.intro-signed-in" : "rounds.checker.intro")));
        for (EligibilityQuestion q : round.eligibility()) {
            var group = new RadioButtonGroup<String>(q.question());
            group.setItems(YES, NO);
            group.setItemLabelGenerator(
                    a -> getTranslation(YES.equals(a) ? "rounds.checker.yes" : "rounds.checker.no"));
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
                given.put(id, YES.equals(group.getValue()));
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
                g.setErrorMessage(getTranslation("rounds.checker.choose"));
                g.setInvalid(true);
            });
            result.add(new Paragraph(getTranslation("rounds.checker.answer-all")));
            result.setClassName("cc-alert");
            return;
        }
        var given = answersGiven();
        var failed = round.failedBy(given);
        if (failed.isEmpty()) {
            result.setClassName("cc-alert cc-alert-success"); // not user text: CSS classes
            result.add(new H3(getTranslation("rounds.checker.can-apply")));
            if (accepting) {
                result.add(new Paragraph(getTranslation("rounds.checker.meets-rules")),
                        new Anchor(RoundsNavigation.apply(round.id(), given), getTranslation("rounds.checker.start")));
            } else {
                result.add(new Paragraph(getTranslation("rounds.checker.meets-rules-not-open",
                        round.availability(now))));
            }
        } else {
            result.setClassName("cc-alert");
            result.add(new H3(getTranslation("rounds.checker.cannot-apply")));
            for (EligibilityQuestion q : failed) {
                var reason = new Div(new Paragraph(q.failReason()),
                        new Paragraph(getTranslation("rounds.checker.where-else", q.signpost())));
                reason.addClassName("cc-failed-gate");
                result.add(reason);
            }
        }
    }
}
