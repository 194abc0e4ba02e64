package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.communitychest.base.London;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.RoundSummary;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.Rounds;

/**
 * The officer's rounds. Each round's actions sit under its name, so they show on a phone too, where the other
 * columns are off to the side; the filters are kept in the address.
 */
@Route("rounds")
@RolesAllowed("OFFICER")
class RoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<RoundSummary> grid = new Grid<>();
    final Button create = new Button(text("new"), VaadinIcon.PLUS.create());
    final ComboBox<RoundStatus> status = new ComboBox<>(text("status"));
    final TextField search = new TextField(text("search"));
    private final GridListDataView<RoundSummary> shown;
    private boolean restoring;

    RoundsView(Rounds rounds) {
        addClassName("cc-page");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("rounds/new")));
        grid.addComponentColumn(this::nameAndActions).setKey("round").setHeader(text("round")).setWidth("16rem")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Texts.of(r.status().label())).setHeader(text("status")).setAutoWidth(true);
        grid.addColumn(r -> London.format(r.opensAt())).setHeader(text("opens")).setAutoWidth(true);
        grid.addColumn(r -> London.format(r.closesAt())).setHeader(text("closes")).setAutoWidth(true);
        grid.addColumn(r -> r.pot().toShortString()).setHeader(text("pot")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var list = rounds.ofMyPartnership();
        shown = grid.setItems(list);
        shown.setFilter(this::matches);
        status.setItems(RoundStatus.values());
        status.setItemLabelGenerator(s -> Texts.of(s.label()));
        status.setClearButtonVisible(true);
        search.setPlaceholder(text("search-placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        status.addValueChangeListener(e -> filtersChanged());
        search.addValueChangeListener(e -> filtersChanged());
        add(new H1(text("title")), create);
        if (list.isEmpty()) {
            var empty = new Paragraph(text("none"));
            empty.addClassName("cc-empty");
            add(empty);
        } else {
            var filters = new FlexLayout(search, status);
            filters.addClassName("cc-filters");
            add(filters, grid);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            status.setValue(FiltersInAddress.readEnum(query, "status", RoundStatus.class).orElse(null));
            search.setValue(FiltersInAddress.read(query, "search").orElse(""));
        } finally {
            restoring = false;
        }
        shown.refreshAll();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        shown.refreshAll();
        var filters = new LinkedHashMap<String, String>();
        filters.put("status", FiltersInAddress.value(status.getValue()));
        filters.put("search", search.getValue());
        FiltersInAddress.write(this, filters);
    }

    private boolean matches(RoundSummary round) {
        String text = search.getValue().strip().toLowerCase(Locale.UK);
        return (status.getValue() == null || round.status() == status.getValue())
                && (text.isEmpty() || round.title().toLowerCase(Locale.UK).contains(text));
    }

    private Div nameAndActions(RoundSummary round) {
        var actions = new Div(new Anchor(RoundsNavigation.edit(round.id()), text("edit")),
                new Anchor(RoundsNavigation.applications(round.id()), text("applications")));
        if (round.status() != RoundStatus.DRAFT) {
            actions.add(new Anchor(RoundsNavigation.panel(round.id()), text("panel")));
            actions.add(new Anchor(RoundsNavigation.vote(round.id()), text("vote")));
        }
        if (round.status() == RoundStatus.DECIDED) {
            actions.add(new Anchor(RoundsNavigation.grants(round.id()), text("grants")));
        }
        actions.addClassName("cc-row-actions");
        var cell = new Div(new Span(round.title()), actions);
        cell.addClassName("cc-round-cell");
        return cell;
    }

    private String text(String key) {
        return getTranslation("staff.rounds.list." + key);
    }

    @Override
    public String getPageTitle() {
        return text("page-title");
    }
}
