package org.communitychest.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.AllocationResult;
import org.communitychest.panels.DecisionForm;
import org.communitychest.panels.MemberRow;
import org.communitychest.panels.PanelAllocation;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.panels.Panels;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * Sharing out the pot: greedy with skip and the optimal combination side by side under the round's rules, each
 * unfunded bid with its reason in words and money; then the panel's decision, recorded with who voted for it and
 * any overrides with their reasons.
 */
@Route("panel/:panelId" + RouteId.PATTERN + "/allocation")
@RolesAllowed("OFFICER")
class AllocationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<AllocationMethod> method = new RadioButtonGroup<>();
    final IntegerField present = new IntegerField();
    final CheckboxGroup<MemberRow> voters = new CheckboxGroup<>();
    final OverridesEditor overrides = new OverridesEditor();
    final Button record = new Button();
    final Div columns = new Div();
    final Paragraph formProblem = new Paragraph();
    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    private final Paragraph summary = new Paragraph();
    private final Div leftOut = new Div();
    private final PanelAllocation allocation;
    private final PanelDecisions decisions;
    private final Panels panels;
    private long panelId;
    private AllocationResult shown;

    AllocationView(PanelAllocation allocation, PanelDecisions decisions, Panels panels) {
        this.allocation = allocation;
        this.decisions = decisions;
        this.panels = panels;
        addClassName("cc-page");
        columns.addClassName("cc-score-layout");
        columns.setWidthFull();

        method.setLabel(t("decision.method"));
        method.setItems(AllocationMethod.GREEDY, AllocationMethod.OPTIMAL);
        method.setItemLabelGenerator(m -> Texts.of(m.label()));
        present.setLabel(t("decision.present"));
        present.setHelperText(t("decision.present-help"));
        present.setMin(1);
        present.setStepButtonsVisible(true);
        voters.setLabel(t("decision.voters"));
        voters.setItemLabelGenerator(MemberRow::name);
        voters.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        record.setText(t("decision.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.addClickListener(e -> record());
        formProblem.addClassName("cc-warning");
        formProblem.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var decisionCard = new Div(new H2(t("decision")), new Paragraph(t("decision.intro")), method, present, voters,
                overrides, record, formProblem);
        decisionCard.addClassName("cc-card");
        add(back, title, summary, leftOut, columns, decisionCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panelId = event.getRouteParameters().getLong("panelId").orElseThrow(() -> new RecordNotFoundException("Panel"));
        shown = allocation.allocate(panelId);
        var round = shown.round();
        back.setHref(RoundsNavigation.panel(round.id()));
        back.setText(t("back"));
        title.setText(getTranslation("staff.panels.allocation.title", round.title()));
        summary.setText(getTranslation("staff.panels.allocation.summary", round.pot().toShortString(),
                shown.allocation().ranking().places().size(), shown.allocation().ranking().seed()));
        leftOut.removeAll();
        if (!shown.withoutScores().isEmpty()) {
            var list = new UnorderedList();
            shown.withoutScores().forEach(b -> list.add(new ListItem(b.reference() + " · " + b.projectTitle())));
            leftOut.add(new Paragraph(t("without-scores")), list);
            leftOut.addClassName("cc-alert");
        }
        columns.removeAll();
        columns.add(new OutcomeColumn("staff.panels.allocation.greedy", shown.allocation().greedy(), shown),
                new OutcomeColumn("staff.panels.allocation.optimal", shown.allocation().optimal(), shown));
        var members = panels.members(panelId);
        voters.setItems(members);
        present.setMax(members.size());
        overrides.setBids(List.copyOf(shown.bids().values()));
    }

    private void record() {
        FieldErrors.clear(method, present, voters);
        formProblem.setText("");
        Set<Long> votes = voters.getValue().stream().map(MemberRow::memberId).collect(Collectors.toSet());
        try {
            decisions.record(panelId, new DecisionForm(method.getValue(), present.getValue() == null ? 0
                    : present.getValue(), votes, overrides.overrides()));
        } catch (InvalidInputException e) {
            Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
            fields.put("method", method);
            fields.put("present", present);
            fields.put("votes", voters);
            formProblem.setText(FieldErrors.show(e, fields));
            return;
        }
        Notifications.success(t("decision.recorded"));
        getUI().ifPresent(ui -> ui.navigate(RoundsNavigation.decision(shown.round().id())));
    }

    private String t(String key) {
        return getTranslation("staff.panels.allocation." + key);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? t("page-title") : getTranslation("staff.panels.allocation.title", shown.round().title());
    }
}
