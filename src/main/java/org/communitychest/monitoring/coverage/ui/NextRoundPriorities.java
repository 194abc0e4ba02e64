package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.Supplier;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.monitoring.coverage.GapCoverages;
import org.communitychest.monitoring.coverage.RoundAimed;
import org.communitychest.rounds.RoundSummary;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * "Use as next round's priorities": one click gives a draft round the period's largest uncovered gaps as its
 * priority gaps, in place of those it had; the rounds module checks and saves them. Clicking again changes
 * nothing. Without a draft round the button is off and the page says why.
 */
class NextRoundPriorities extends VerticalLayout {

    static final int DEFAULT_COUNT = 5;

    final Select<RoundSummary> round = new Select<>();
    final IntegerField count = new IntegerField();
    final Button use = new Button();
    final FlexLayout fields = new FlexLayout();
    final Paragraph noDraft = new Paragraph();
    final Div result = new Div();
    private final GapCoverages coverages;
    private final Supplier<GapPeriod> period;

    NextRoundPriorities(GapCoverages coverages, Supplier<GapPeriod> period) {
        this.coverages = coverages;
        this.period = period;
        setPadding(false);
        addClassName("cc-coverage-section");
        round.setLabel(getTranslation("staff.coverage.priorities.round"));
        round.setItemLabelGenerator(RoundSummary::title);
        round.addClassName("cc-wide-filter");
        count.setLabel(getTranslation("staff.coverage.priorities.count-label"));
        count.setMin(1);
        count.setMax(GapCoverages.MOST_PRIORITIES);
        count.setStepButtonsVisible(true);
        count.setValue(DEFAULT_COUNT);
        use.setText(getTranslation("staff.coverage.priorities.use"));
        use.addThemeVariants(ButtonVariant.PRIMARY);
        use.addClickListener(e -> use());
        fields.add(round, count, use);
        fields.addClassName("cc-filters");
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.getElement().setAttribute("role", "status"); // not user text: announced when it changes
        add(new H2(getTranslation("staff.coverage.priorities.title")),
                new Paragraph(getTranslation("staff.coverage.priorities.intro")), noDraft, fields, result);
    }

    /** Lists the partnership's draft rounds again, keeping the one chosen if it is still a draft. */
    void refresh() {
        var drafts = coverages.draftRounds();
        Long chosen = round.getValue() == null ? null : round.getValue().id();
        round.setItems(drafts);
        round.setValue(drafts.stream().filter(r -> chosen != null && r.id() == chosen).findFirst()
                .orElse(drafts.isEmpty() ? null : drafts.getFirst()));
        boolean none = drafts.isEmpty();
        noDraft.setText(none ? getTranslation("staff.coverage.priorities.no-draft") : "");
        noDraft.setVisible(none);
        // Hidden rather than disabled: a disabled button is too faint to read, and there is nothing to choose.
        fields.setVisible(!none);
    }

    private void use() {
        FieldErrors.clear(round, count);
        result.removeAll();
        try {
            var aimed = coverages.useAsPriorities(round.getValue() == null ? null : round.getValue().id(),
                    period.get(), count.getValue() == null ? 0 : count.getValue());
            showResult(aimed);
            refresh();
        } catch (InvalidInputException e) {
            String other = FieldErrors.show(e, Map.of("round", round, "count", count));
            if (!other.isEmpty()) {
                result.add(new Paragraph(other));
            }
        }
    }

    private void showResult(RoundAimed aimed) {
        String title = aimed.round().title();
        result.add(new Paragraph(aimed.changed()
                ? getTranslation("staff.coverage.priorities.done", title, aimed.gaps().size(),
                        aimed.prioritiesBefore())
                : getTranslation("staff.coverage.priorities.unchanged", title, aimed.gaps().size())));
        var list = new UnorderedList();
        for (var g : aimed.gaps()) {
            list.add(new ListItem(getTranslation("staff.coverage.priorities.gap", Texts.of(g.gap().needName()),
                    g.gap().areaName(), CoverageWords.unmet(g), g.funded())));
        }
        result.add(list, new Anchor(RoundsNavigation.edit(aimed.round().id()),
                getTranslation("staff.coverage.priorities.open-round", title)));
    }
}
