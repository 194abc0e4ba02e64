package org.communitychest.panels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.ui.TypingGuard;
import org.communitychest.panels.CriterionScore;
import org.communitychest.panels.PanelScoring;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/**
 * One criterion on the scoring page: its guidance, a level chosen beside each level's descriptor, and the required
 * comment. Each change is handed to {@code save} as the panellist makes it; a refusal shows on its field.
 */
class CriterionScoreCard extends Div {

    final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    private final Criterion criterion;

    CriterionScoreCard(Criterion criterion, ScoringScale scale, CriterionScore mine, boolean editable,
            SerializableConsumer<CriterionScore> save) {
        this.criterion = criterion;
        addClassName("cc-criterion");
        add(new H3(getTranslation("panels.score.criterion", criterion.title(), criterion.weight())));
        if (criterion.guidance() != null && !criterion.guidance().isBlank()) {
            add(new Paragraph(criterion.guidance()));
        }
        level.setLabel(getTranslation("panels.score.level", criterion.title()));
        level.setItems(scale.levels().reversed());
        level.setRenderer(new ComponentRenderer<>(value -> {
            var line = new Span();
            var number = new Span(String.valueOf(value));
            number.addClassName("cc-level");
            line.add(number, new Span(" " + criterion.descriptors().getOrDefault(value, "")));
            return line;
        }));
        level.addClassName("cc-levels");
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        comment.setLabel(getTranslation("panels.score.comment", criterion.title()));
        comment.setHelperText(getTranslation("panels.score.comment-help"));
        comment.setMaxLength(PanelScoring.COMMENT_LIMIT);
        comment.setWidthFull();
        TypingGuard.watch(comment);
        level.setValue(mine.level());
        comment.setValue(mine.comment() == null ? "" : mine.comment());
        level.setReadOnly(!editable);
        comment.setReadOnly(!editable);
        level.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(save);
            }
        });
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(save);
            }
        });
        add(level, comment);
    }

    long criterionId() {
        return criterion.id();
    }

    private void save(SerializableConsumer<CriterionScore> save) {
        level.setInvalid(false);
        comment.setInvalid(false);
        try {
            save.accept(new CriterionScore(criterion.id(), level.getValue(), comment.getValue()));
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    /** Shows the messages meant for this criterion's fields; true if there were any. */
    boolean showErrors(InvalidInputException e) {
        boolean any = false;
        for (var entry : e.fieldErrors().entrySet()) {
            if (entry.getKey().equals(PanelScoring.levelField(criterion.id()))) {
                level.setErrorMessage(Texts.of(entry.getValue()));
                level.setInvalid(true);
                any = true;
            } else if (entry.getKey().equals(PanelScoring.commentField(criterion.id()))) {
                comment.setErrorMessage(Texts.of(entry.getValue()));
                comment.setInvalid(true);
                any = true;
            }
        }
        return any;
    }
}
