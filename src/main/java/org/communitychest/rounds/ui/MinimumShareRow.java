package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;

/** One minimum share of the pot in the round editor: an area or a need, which one, and its percentage. */
class MinimumShareRow extends FormLayout {

    /** An area or a need to choose, by id, with its name. */
    record Target(long id, String name) {
    }

    final RadioButtonGroup<ShareOf> kind = new RadioButtonGroup<>(getTranslation("staff.rounds.editor.share-of"));
    final ComboBox<Target> target = new ComboBox<>(getTranslation("staff.rounds.editor.share-target"));
    final IntegerField percent = new IntegerField(getTranslation("staff.rounds.editor.share-percent"));
    final Button remove = new Button(getTranslation("staff.rounds.editor.remove-share"));
    private final List<Target> areas;
    private final List<Target> needs;

    MinimumShareRow(MinimumShare share, List<Target> areas, List<Target> needs, Runnable onRemove) {
        addClassName("cc-row");
        this.areas = new ArrayList<>(areas);
        this.needs = new ArrayList<>(needs);
        kind.setItems(ShareOf.values());
        kind.setItemLabelGenerator(k -> Texts.of(k.label()));
        target.setItemLabelGenerator(Target::name);
        percent.setMin(1);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> onRemove.run());
        if (share != null && share.kind() != null) {
            kind.setValue(share.kind());
            var choices = choicesFor(share.kind());
            if (share.targetId() != null) {
                var chosen = choices.stream().filter(t -> t.id() == share.targetId()).findFirst().orElseGet(() -> {
                    // A need retired since, or an area no longer listed: kept, by the name the round has for it.
                    var kept = new Target(share.targetId(), Texts.of(share.targetName()));
                    choices.add(kept);
                    return kept;
                });
                target.setItems(choices);
                target.setValue(chosen);
            } else {
                target.setItems(choices);
            }
            percent.setValue(share.percent());
        } else {
            kind.setValue(ShareOf.AREA);
            target.setItems(this.areas);
        }
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                target.clear();
                target.setItems(choicesFor(e.getValue()));
            }
        });
        add(kind, target, percent, remove);
    }

    private List<Target> choicesFor(ShareOf of) {
        return of == ShareOf.AREA ? areas : needs;
    }

    MinimumShare value() {
        return new MinimumShare(kind.getValue(), target.getValue() == null ? null : target.getValue().id(), null,
                percent.getValue() == null ? 0 : percent.getValue());
    }

    void setReadOnly(boolean readOnly) {
        kind.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
        percent.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
