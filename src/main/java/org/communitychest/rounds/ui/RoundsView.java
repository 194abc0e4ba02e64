package org.communitychest.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.communitychest.base.London;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.RoundSummary;
import org.communitychest.rounds.Rounds;

@Route("rounds")
@PageTitle("Rounds · Community Chest")
@RolesAllowed("OFFICER")
class RoundsView extends VerticalLayout {

    final Grid<RoundSummary> grid = new Grid<>();
    final Button create = new Button(getTranslation("staff.rounds.list.new"), VaadinIcon.PLUS.create());

    RoundsView(Rounds rounds, Clock clock) {
        addClassName("cc-page");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("rounds/new")));
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("staff.rounds.list.round")).setWidth("16rem")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Texts.of(r.status().label()))
                .setHeader(getTranslation("staff.rounds.list.status")).setAutoWidth(true);
        grid.addColumn(r -> London.format(r.opensAt())).setHeader(getTranslation("staff.rounds.list.opens"))
                .setAutoWidth(true);
        grid.addColumn(r -> London.format(r.closesAt())).setHeader(getTranslation("staff.rounds.list.closes"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.pot().toShortString()).setHeader(getTranslation("staff.rounds.list.pot"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new HorizontalLayout(
                new Anchor(RoundsNavigation.edit(r.id()), getTranslation("staff.rounds.list.edit")),
                new Anchor(RoundsNavigation.applications(r.id()), getTranslation("staff.rounds.list.applications"))))
                .setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var list = rounds.ofMyPartnership();
        grid.setItems(list);
        add(new H1(getTranslation("staff.rounds.list.title")), create);
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("staff.rounds.list.none"));
            empty.addClassName("cc-empty");
            add(empty);
        } else {
            add(grid);
        }
    }
}
