package org.communitychest.rounds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Texts;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.SmallGroupShare;

/**
 * The round editor's allocation rules: minimum shares of the pot, one grant per organisation, a share kept for
 * small groups, the priority gaps the funded list covers and partial awards. Read-only once scoring has opened.
 */
class AllocationRulesEditor extends VerticalLayout {

    final VerticalLayout shareRows = new VerticalLayout();
    final Button addShare = new Button(text("add-share"), VaadinIcon.PLUS.create());
    final Checkbox oneGrantPerOrganisation = new Checkbox(text("one-grant-per-organisation"));
    final IntegerField smallGroupPercent = new IntegerField(text("small-group-percent"));
    final ComboBox<IncomeBand> smallGroupBand = new ComboBox<>(text("small-group-band"));
    final IntegerField minimumPriorityGaps = new IntegerField(text("priority-gaps-covered"));
    final IntegerField partialAward = new IntegerField(text("partial-award"));
    final Paragraph frozenNote = new Paragraph(text("allocation-frozen"));
    final Span sharesError = new Span();
    private final List<MinimumShareRow.Target> areas;
    private final List<MinimumShareRow.Target> needs;

    AllocationRulesEditor(List<MinimumShareRow.Target> areas, List<MinimumShareRow.Target> needs) {
        this.areas = areas;
        this.needs = needs;
        setPadding(false);
        shareRows.setPadding(false);
        frozenNote.addClassName("cc-note");
        sharesError.addClassName("cc-field-error");
        sharesError.getElement().setAttribute("role", "alert");
        sharesError.setVisible(false);
        addShare.addClickListener(e -> addShare(null));
        smallGroupPercent.setMin(1);
        smallGroupPercent.setMax(100);
        smallGroupPercent.setHelperText(text("small-group-percent-help"));
        smallGroupBand.setItems(IncomeBand.values());
        smallGroupBand.setItemLabelGenerator(band -> Texts.of(band.label()));
        smallGroupBand.setClearButtonVisible(true);
        minimumPriorityGaps.setMin(0);
        minimumPriorityGaps.setStepButtonsVisible(true);
        minimumPriorityGaps.setHelperText(text("priority-gaps-covered-help"));
        partialAward.setMin(0);
        partialAward.setMax(100);
        partialAward.setHelperText(text("partial-award-help"));
        var others = new FormLayout(smallGroupPercent, smallGroupBand, minimumPriorityGaps, partialAward);
        add(new H2(text("allocation")), new Paragraph(text("allocation-intro")), frozenNote,
                new H3(text("shares")), sharesError, shareRows, addShare, oneGrantPerOrganisation, others);
    }

    /** Shows the round's rules; fixed ones cannot be changed here. */
    void show(AllocationRules rules, boolean frozen) {
        shareRows.removeAll();
        rules.minimumShares().forEach(this::addShare);
        oneGrantPerOrganisation.setValue(rules.oneGrantPerOrganisation());
        smallGroupPercent.setValue(rules.smallGroups().map(SmallGroupShare::percent).orElse(null));
        smallGroupBand.setValue(rules.smallGroups().map(SmallGroupShare::atOrUnder).orElse(null));
        minimumPriorityGaps.setValue(rules.minimumPriorityGapsCovered());
        partialAward.setValue(rules.partialAwardMinimumPercent());
        frozenNote.setVisible(frozen);
        rows().forEach(row -> row.setReadOnly(frozen));
        addShare.setVisible(!frozen);
        oneGrantPerOrganisation.setReadOnly(frozen);
        for (var field : List.of(smallGroupPercent, minimumPriorityGaps, partialAward)) {
            field.setReadOnly(frozen);
        }
        smallGroupBand.setReadOnly(frozen);
    }

    /** The rules as filled in; an empty number counts as 0, and no small-group share when both fields are empty. */
    AllocationRules value() {
        var smallGroups = smallGroupPercent.getValue() == null && smallGroupBand.getValue() == null ? null
                : new SmallGroupShare(zeroIfEmpty(smallGroupPercent), smallGroupBand.getValue());
        return new AllocationRules(rows().map(MinimumShareRow::value).toList(), oneGrantPerOrganisation.getValue(),
                smallGroups, zeroIfEmpty(minimumPriorityGaps), zeroIfEmpty(partialAward));
    }

    void showErrors(InvalidInputException ex) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("smallGroupPercent", smallGroupPercent,
                "smallGroupBand", smallGroupBand, "minimumPriorityGapsCovered", minimumPriorityGaps,
                "partialAwardMinimumPercent", partialAward));
        var rows = rows().toList();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("minimumShares." + i + ".target", rows.get(i).target);
            fields.put("minimumShares." + i + ".percent", rows.get(i).percent);
        }
        FieldErrors.show(ex, fields);
        var sectionMessage = ex.messageFor("minimumShares") != null ? ex.messageFor("minimumShares")
                : ex.messageFor("allocationRules");
        sharesError.setText(sectionMessage == null ? "" : Texts.of(sectionMessage));
        sharesError.setVisible(sectionMessage != null);
    }

    void clearErrors() {
        FieldErrors.clear(smallGroupPercent, smallGroupBand, minimumPriorityGaps, partialAward);
        rows().forEach(row -> FieldErrors.clear(row.target, row.percent));
        sharesError.setVisible(false);
    }

    private void addShare(MinimumShare share) {
        var holder = new MinimumShareRow[1];
        holder[0] = new MinimumShareRow(share, areas, needs, () -> shareRows.remove(holder[0]));
        shareRows.add(holder[0]);
    }

    private java.util.stream.Stream<MinimumShareRow> rows() {
        return shareRows.getChildren().map(MinimumShareRow.class::cast);
    }

    private static int zeroIfEmpty(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private String text(String key) {
        return getTranslation("staff.rounds.editor." + key);
    }
}
