package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.ScoringScale;

/** One scoring criterion in the round editor, with a descriptor for each score on the scale. */
class CriterionRow extends FormLayout {

    final TextField title = new TextField(getTranslation("staff.rounds.editor.criterion"));
    final TextArea guidance = new TextArea(getTranslation("staff.rounds.editor.guidance"));
    final IntegerField weight = new IntegerField(getTranslation("staff.rounds.editor.weight"));
    final Map<Integer, TextField> descriptors = new LinkedHashMap<>();
    final Button remove = new Button(getTranslation("staff.rounds.editor.remove-criterion"));
    private final FormLayout levels = new FormLayout();
    private Map<Integer, String> kept = new TreeMap<>();

    CriterionRow(Criterion c, ScoringScale scale, Runnable onRemove, Runnable onWeightChange) {
        addClassName("cc-row");
        if (c != null) {
            title.setValue(c.title());
            guidance.setValue(c.guidance());
            weight.setValue(c.weight());
            kept = new TreeMap<>(c.descriptors());
        }
        title.setMaxLength(200);
        guidance.setMaxLength(2000);
        weight.setMin(1);
        weight.setMax(100);
        weight.setStepButtonsVisible(true);
        weight.addValueChangeListener(e -> onWeightChange.run());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> onRemove.run());
        setScale(scale);
        add(title, weight, guidance, levels, remove);
        setColspan(guidance, 2);
        setColspan(levels, 2);
    }

    /** Shows one descriptor field per level of the scale, keeping what was typed for levels on both scales. */
    void setScale(ScoringScale scale) {
        descriptors.forEach((level, field) -> kept.put(level, field.getValue()));
        descriptors.clear();
        levels.removeAll();
        for (int level : scale.levels()) {
            var field = new TextField(getTranslation("staff.rounds.editor.descriptor", level));
            field.setValue(kept.getOrDefault(level, ""));
            field.setMaxLength(1000);
            descriptors.put(level, field);
            levels.add(field);
        }
    }

    int weightOrZero() {
        return weight.getValue() == null ? 0 : weight.getValue();
    }

    Criterion value() {
        var text = new TreeMap<Integer, String>();
        descriptors.forEach((level, field) -> text.put(level, field.getValue()));
        return new Criterion(null, title.getValue(), guidance.getValue(), weightOrZero(), text);
    }

    void setReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        guidance.setReadOnly(readOnly);
        weight.setReadOnly(readOnly);
        descriptors.values().forEach(f -> f.setReadOnly(readOnly));
        remove.setVisible(!readOnly);
    }
}
