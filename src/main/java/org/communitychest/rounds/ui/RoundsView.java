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
import org.communitychest.rounds.RoundSummary;
import org.communitychest.rounds.Rounds;

@Route("rounds")
@PageTitle("Rounds · Community Chest")
@RolesAllowed("OFFICER")
class RoundsView extends VerticalLayout {

    final Grid<RoundSummary> grid = new Grid<>();
    final Button create = new Button("New round", VaadinIcon.PLUS.create());

    RoundsView(Rounds rounds, Clock clock) {
        addClassName("cc-page");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("rounds/new")));
        grid.addColumn(RoundSummary::title).setHeader("Round").setWidth("16rem").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.status().name().charAt(0) + r.status().name().substring(1).toLowerCase())
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> London.format(r.opensAt())).setHeader("Opens").setAutoWidth(true);
        grid.addColumn(r -> London.format(r.closesAt())).setHeader("Closes").setAutoWidth(true);
        grid.addColumn(r -> r.pot().toShortString()).setHeader("Pot").setAutoWidth(true);
        grid.addComponentColumn(r -> new HorizontalLayout(new Anchor(RoundsNavigation.edit(r.id()), "Edit"),
                new Anchor(RoundsNavigation.applications(r.id()), "Applications"))).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var list = rounds.ofMyPartnership();
        grid.setItems(list);
        add(new H1("Rounds"), create);
        if (list.isEmpty()) {
            var empty = new Paragraph("No rounds yet. Create your first round: set the pot, the dates, the questions"
                    + " that decide who can apply and the criteria the panel will score against.");
            empty.addClassName("cc-empty");
            add(empty);
        } else {
            add(grid);
        }
    }
}
