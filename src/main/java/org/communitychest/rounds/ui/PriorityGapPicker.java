package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapFigures;
import org.communitychest.gaps.GapWords;
import org.communitychest.gaps.ui.GapsNavigation;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.PriorityFigures;
import org.communitychest.rounds.PriorityGap;
import org.communitychest.rounds.RoundForm.PriorityRef;

/**
 * The round editor's priority gaps: the officer picks them from the largest gaps of the latest figures, their
 * figures beside them, and the figures are kept with the priority. A need and area without figures can still be
 * added from the full lists, for a partnership with no gap figures yet.
 */
class PriorityGapPicker extends VerticalLayout {

    static final int SHOWN = 20;

    final ComboBox<NeedCategoryInfo> gapNeed = new ComboBox<>(text("need"));
    final ComboBox<AreaInfo> gapArea = new ComboBox<>(text("area"));
    final Grid<GapCell> gaps = new Grid<>();
    final Paragraph noMatch = new Paragraph(text("gaps.no-match"));
    final VerticalLayout chosenRows = new VerticalLayout();
    final ComboBox<NeedCategoryInfo> otherNeed = new ComboBox<>(text("need"));
    final ComboBox<AreaInfo> otherArea = new ComboBox<>(text("area"));
    final Button addOther = new Button(text("add-priority"), VaadinIcon.PLUS.create());
    final Details other = new Details(text("other-pair"));
    /** The chosen priorities by need and area, in the order they were chosen. */
    private final Map<Pair, PriorityRef> chosen = new LinkedHashMap<>();
    /** The chosen priorities' names, ‘Housing in Bow East’, in the page's language. */
    private final Map<Pair, String> labels = new LinkedHashMap<>();
    final Paragraph latestCaption = new Paragraph();
    private final Paragraph noFigures;
    private final FlexLayout filters = new FlexLayout();
    private final GapFigures figures;
    /** Every gap of the latest period, largest first. */
    private List<GapCell> latest = List.of();

    private record Pair(long needCategoryId, long areaId) {
    }

    PriorityGapPicker(GapFigures figures, List<NeedCategoryInfo> needs, List<AreaInfo> areas) {
        this.figures = figures;
        setPadding(false);
        noFigures = Texts.withLink("staff.rounds.editor.gaps.none", GapsNavigation.importPage(),
                text("gaps.import"));
        gapNeed.setItems(needs);
        gapNeed.setItemLabelGenerator(n -> Texts.of(n.name()));
        gapNeed.setClearButtonVisible(true);
        gapNeed.setPlaceholder(text("gaps.all-needs"));
        gapArea.setItems(areas);
        gapArea.setItemLabelGenerator(AreaInfo::name);
        gapArea.setClearButtonVisible(true);
        gapArea.setPlaceholder(text("gaps.all-areas"));
        gapNeed.addValueChangeListener(e -> showGaps());
        gapArea.addValueChangeListener(e -> showGaps());
        filters.add(gapNeed, gapArea);
        filters.addClassName("cc-filters");
        gaps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        gaps.addColumn(c -> Texts.of(c.needName())).setHeader(text("need")).setFlexGrow(2).setWidth("12rem");
        gaps.addColumn(GapCell::areaName).setHeader(text("area")).setFlexGrow(1).setWidth("9rem");
        gaps.addColumn(c -> Texts.of(PriorityFigures.of(c).unmetText())).setHeader(text("gaps.unmet"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        gaps.addColumn(this::rate).setHeader(text("gaps.rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        gaps.addColumn(c -> Texts.of(GapWords.count(c.received())))
                .setHeader(text("gaps.received")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        gaps.addComponentColumn(this::addButton).setKey("add").setAutoWidth(true).setFlexGrow(0); // not user text
        gaps.setAllRowsVisible(true);
        add(noFigures, latestCaption, filters, gaps, noMatch);

        add(new H3(text("chosen")), chosenRows);
        chosenRows.setPadding(false);
        chosenRows.setSpacing(false);

        otherNeed.setItems(needs);
        otherNeed.setItemLabelGenerator(n -> Texts.of(n.name()));
        otherArea.setItems(areas);
        otherArea.setItemLabelGenerator(AreaInfo::name);
        addOther.addClickListener(e -> {
            if (otherNeed.getValue() != null && otherArea.getValue() != null) {
                var pair = new Pair(otherNeed.getValue().id(), otherArea.getValue().id());
                if (!chosen.containsKey(pair)) {
                    var cell = latest.stream().filter(c -> new Pair(c.needCategoryId(), c.areaId()).equals(pair))
                            .findFirst();
                    chosen.put(pair, new PriorityRef(pair.needCategoryId(), pair.areaId(),
                            cell.map(PriorityFigures::of).orElse(null), true));
                    labels.put(pair, getTranslation("rounds.priority-gap", Texts.of(otherNeed.getValue().name()),
                            otherArea.getValue().name()));
                    changed();
                }
            }
        });
        var otherFields = new FlexLayout(otherNeed, otherArea, addOther);
        otherFields.addClassName("cc-filters");
        otherFields.setAlignItems(FlexComponent.Alignment.BASELINE);
        other.add(otherFields);
        add(other);
        showChosen();
    }

    /** Reads the latest gap figures: the largest to pick from, or, where there are none, where to import them. */
    void readLatest() {
        var periods = figures.periods();
        latest = periods.isEmpty() ? List.of() : figures.matrix(periods.getFirst(), null, null);
        boolean none = latest.isEmpty();
        noFigures.setVisible(none);
        latestCaption.setVisible(!none);
        latestCaption.setText(none ? "" : text("gaps.latest", latest.getFirst().period().label()));
        filters.setVisible(!none);
        other.setOpened(none);
        showGaps();
    }

    /** The round's priorities as saved, with the figures they were chosen with. */
    void setChosen(List<PriorityGap> priorities) {
        chosen.clear();
        labels.clear();
        for (var p : priorities) {
            var pair = new Pair(p.needCategoryId(), p.areaId());
            chosen.put(pair, p.ref());
            labels.put(pair, Texts.of(p.label()));
        }
        changed();
    }

    List<PriorityRef> chosen() {
        return new ArrayList<>(chosen.values());
    }

    private void changed() {
        showChosen();
        gaps.getDataProvider().refreshAll();
    }

    private void showGaps() {
        var need = gapNeed.getValue();
        var area = gapArea.getValue();
        var shown = latest.stream().filter(c -> need == null || c.needCategoryId() == need.id())
                .filter(c -> area == null || c.areaId() == area.id()).limit(SHOWN).toList();
        gaps.setItems(shown);
        gaps.setVisible(!shown.isEmpty());
        noMatch.setVisible(shown.isEmpty() && !latest.isEmpty());
    }

    /** Add; Added once chosen with these figures; Use these figures where it was chosen with others. */
    private Button addButton(GapCell cell) {
        var pair = new Pair(cell.needCategoryId(), cell.areaId());
        var current = chosen.get(pair);
        var figures = PriorityFigures.of(cell);
        boolean same = current != null && Objects.equals(current.figures(), figures);
        var button = new Button(text(current == null ? "gaps.add" : same ? "gaps.added" : "gaps.use-these"));
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setEnabled(!same);
        String gap = getTranslation("rounds.priority-gap", Texts.of(cell.needName()), cell.areaName());
        button.setAriaLabel(text(current == null ? "gaps.add-named" : "gaps.use-these-named", gap));
        button.addClickListener(e -> {
            chosen.put(pair, new PriorityRef(pair.needCategoryId(), pair.areaId(), figures,
                    current == null || current.figuresPublic()));
            labels.put(pair, gap);
            changed();
        });
        return button;
    }

    private void showChosen() {
        chosenRows.removeAll();
        if (chosen.isEmpty()) {
            var none = new Paragraph(text("chosen-none"));
            none.addClassName("cc-empty");
            chosenRows.add(none);
        }
        chosen.forEach((pair, ref) -> chosenRows.add(chosenRow(pair, ref)));
    }

    private Div chosenRow(Pair pair, PriorityRef ref) {
        String gap = labels.get(pair);
        var label = new Span(gap);
        label.addClassName("cc-priority-gap-label");
        var figures = new Span(ref.figures() == null ? text("no-figures") : Texts.of(ref.figures().summary()));
        var words = new Div(label, figures);
        words.addClassName("cc-chosen-gap-words");
        var row = new Div(words);
        row.addClassName("cc-chosen-gap");
        if (ref.figures() != null) {
            var shown = new Checkbox(text("show-figures"), ref.figuresPublic());
            shown.addValueChangeListener(e -> chosen.put(pair, new PriorityRef(ref.needCategoryId(), ref.areaId(),
                    ref.figures(), e.getValue())));
            row.add(shown);
        }
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            chosen.remove(pair);
            labels.remove(pair);
            changed();
        });
        remove.setAriaLabel(text("remove-priority", gap));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        row.add(remove);
        return row;
    }

    private String rate(GapCell c) {
        return c.unmetRate() == null ? text("gaps.rate-unknown")
                : GapWords.percent(c.unmetRate());
    }

    private String text(String key, Object... args) {
        return getTranslation("staff.rounds.editor." + key, args);
    }
}
