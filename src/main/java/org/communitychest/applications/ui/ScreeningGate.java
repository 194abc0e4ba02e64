package org.communitychest.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.communitychest.applications.EligibilityAnswer;
import org.communitychest.applications.GateDecision;
import org.communitychest.rounds.EligibilityQuestion;

/**
 * One eligibility gate on the review page: the officer's pass or fail and, only once they choose fail, the reason
 * the group will read (it starts as the round's own wording for a fail).
 */
class ScreeningGate extends Div {

    /** The choices' values; what the officer reads comes from the bundle. */
    static final String PASS = "Pass"; // not user text: a value
    static final String FAIL = "Fail"; // not user text: a value

    final RadioButtonGroup<String> choice;
    final TextArea reason = new TextArea(getTranslation("staff.apply.review.reason"));

    ScreeningGate(EligibilityQuestion question, Optional<EligibilityAnswer> answer, boolean open) {
        choice = new RadioButtonGroup<>(getTranslation("staff.apply.review.group-answered",
                getTranslation(answer.map(e -> e.answer() ? "staff.apply.review.yes" : "staff.apply.review.no")
                        .orElse("staff.apply.review.no-answer"))));
        choice.setItems(PASS, FAIL);
        choice.setItemLabelGenerator(v -> getTranslation(PASS.equals(v) ? "staff.apply.review.pass"
                : "staff.apply.review.fail"));
        answer.map(EligibilityAnswer::screeningPass).ifPresent(pass -> choice.setValue(pass ? PASS : FAIL));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setValue(answer.map(EligibilityAnswer::screeningReason).filter(r -> !r.isBlank())
                .orElse(question.failReason() == null ? "" : question.failReason()));
        reason.setVisible(FAIL.equals(choice.getValue()));
        choice.addValueChangeListener(e -> reason.setVisible(FAIL.equals(e.getValue())));
        choice.setReadOnly(!open);
        reason.setReadOnly(!open);
        add(new H3(question.question()), choice, reason);
    }

    /** What the officer chose, or null while they have not; a pass carries no reason. */
    GateDecision decision() {
        if (choice.getValue() == null) {
            return null;
        }
        return PASS.equals(choice.getValue()) ? new GateDecision(true, null)
                : new GateDecision(false, reason.getValue());
    }

    /** A refusal goes beside what is missing: the choice when none is made, else the reason. */
    void refuse(String message) {
        var field = choice.getValue() == null ? choice : reason;
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearRefusal() {
        choice.setInvalid(false);
        reason.setInvalid(false);
    }
}
