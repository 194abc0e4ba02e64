package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.communitychest.rounds.EligibilityQuestion;

/** One eligibility question in the round editor. */
class EligibilityRow extends FormLayout {

    final TextField question = new TextField(getTranslation("staff.rounds.editor.question"));
    final RadioButtonGroup<Boolean> passingAnswer = new RadioButtonGroup<>(
            getTranslation("staff.rounds.editor.passing-answer"));
    final TextArea failReason = new TextArea(getTranslation("staff.rounds.editor.fail-reason"));
    final TextArea signpost = new TextArea(getTranslation("staff.rounds.editor.signpost"));
    final Button remove = new Button(getTranslation("staff.rounds.editor.remove-question"));

    EligibilityRow(EligibilityQuestion q, Runnable onRemove) {
        addClassName("cc-row");
        passingAnswer.setItems(true, false);
        passingAnswer.setItemLabelGenerator(
                b -> getTranslation(b ? "staff.rounds.editor.yes" : "staff.rounds.editor.no"));
        passingAnswer.setValue(q == null || q.passingAnswer());
        if (q != null) {
            question.setValue(q.question());
            failReason.setValue(q.failReason());
            signpost.setValue(q.signpost());
        }
        question.setMaxLength(500);
        failReason.setMaxLength(1000);
        signpost.setMaxLength(1000);
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> onRemove.run());
        add(question, passingAnswer, failReason, signpost, remove);
        setColspan(question, 2);
    }

    EligibilityQuestion value() {
        return new EligibilityQuestion(null, question.getValue(), Boolean.TRUE.equals(passingAnswer.getValue()),
                failReason.getValue(), signpost.getValue());
    }

    void setReadOnly(boolean readOnly) {
        question.setReadOnly(readOnly);
        passingAnswer.setReadOnly(readOnly);
        failReason.setReadOnly(readOnly);
        signpost.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
