package org.communitychest.awards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantRow;
import org.communitychest.awards.GrantStatus;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.ConfirmDialogs;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ui.RoundsNavigation;

/**
 * The grants of a decided round, for the officer: made from its released decision in one go, each offer's terms set
 * on its own page, then the offers sent, one by one or all together; each grant's state and what has been paid.
 */
@Route("rounds/:roundId" + RouteId.PATTERN + "/grants")
@RolesAllowed("OFFICER")
class RoundGrantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<GrantRow> grid = new Grid<>();
    final Button prepare = new Button();
    final Button sendAll = new Button();
    final Paragraph summary = new Paragraph();
    final Paragraph problem = new Paragraph();
    private final H1 title = new H1();
    private final Anchor back = new Anchor();
    private final GrantOffers offers;
    private final Rounds rounds;
    private long roundId;
    private String roundTitle = "";

    RoundGrantsView(GrantOffers offers, Rounds rounds) {
        this.offers = offers;
        this.rounds = rounds;
        addClassName("cc-page");
        back.setText(t("back"));
        grid.addComponentColumn(row -> new Anchor(AwardsNavigation.manage(row.id()), row.reference()))
                .setHeader(t("column.reference")).setAutoWidth(true);
        grid.addColumn(row -> row.projectTitle() + " · " + row.organisationName()).setHeader(t("column.grant"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.amount().toString()).setHeader(t("column.amount")).setAutoWidth(true);
        grid.addComponentColumn(row -> StatusTag.of(row.status())).setHeader(t("column.status")).setAutoWidth(true);
        grid.addColumn(row -> row.paid().toString()).setHeader(t("column.paid")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(t("grid"));
        prepare.setText(t("prepare"));
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        prepare.addClickListener(e -> prepare());
        sendAll.addThemeVariants(ButtonVariant.PRIMARY);
        sendAll.addClickListener(e -> ConfirmDialogs.of(t("send-all.title"), t("send-all.text"), t("send-all.confirm"),
                confirmed -> sendAll()).open());
        problem.addClassName("cc-warning");
        problem.getElement().setAttribute("aria-live", "polite"); // not user text: ARIA
        var actions = new Div(prepare, sendAll);
        actions.addClassName("cc-actions");
        var card = new Div(summary, actions, problem, grid);
        card.addClassName("cc-card");
        add(back, title, new Paragraph(t("intro")), card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round")); // not user text: what was not found
        roundTitle = rounds.get(roundId).title();
        back.setHref(RoundsNavigation.decision(roundId));
        show();
    }

    private void show() {
        title.setText(getTranslation("staff.awards.round.title", roundTitle));
        var rows = offers.ofRound(roundId);
        grid.setItems(rows);
        long preparing = rows.stream().filter(r -> r.status() == GrantStatus.PREPARING).count();
        summary.setText(rows.isEmpty() ? t("none-yet") : getTranslation("staff.awards.round.summary", rows.size(),
                preparing));
        sendAll.setText(getTranslation("staff.awards.round.send-all", preparing));
        sendAll.setVisible(preparing > 0);
    }

    private void prepare() {
        problem.setText("");
        try {
            int made = offers.prepare(roundId);
            Notifications.success(getTranslation("staff.awards.round.prepared", made));
        } catch (InvalidInputException e) {
            problem.setText(Texts.joined(e.fieldErrors().values()));
        }
        show();
    }

    private void sendAll() {
        int sent = offers.sendAll(roundId);
        Notifications.success(getTranslation("staff.awards.round.sent", sent));
        show();
    }

    private String t(String key) {
        return getTranslation("staff.awards.round." + key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.awards.round.title", roundTitle);
    }
}
