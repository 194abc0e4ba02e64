package org.communitychest.monitoring.ui;

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
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.monitoring.RoundOutcomes;
import org.communitychest.rounds.ui.RoundsNavigation;

/** The round's wellbeing results over all its projects, then each project's, for the officer and the board. */
@Route("rounds/:roundId" + RouteId.PATTERN + "/outcomes")
@RolesAllowed("OFFICER")
class RoundOutcomesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundOutcomes outcomes;
    final Div results = new Div();
    final Anchor back = new Anchor();

    RoundOutcomesView(RoundOutcomes outcomes) {
        this.outcomes = outcomes;
        addClassName("cc-page");
        results.setWidthFull();
        back.setText(getTranslation("staff.monitoring.outcomes.back"));
        add(back, new H1(getTranslation("staff.monitoring.outcomes.title")),
                new Paragraph(getTranslation("staff.monitoring.outcomes.intro")), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round")); // not user text: for the log
        back.setHref(RoundsNavigation.grants(roundId));
        var found = outcomes.ofRound(roundId);
        results.removeAll();
        if (found.projects().isEmpty()) {
            results.add(new Paragraph(getTranslation("staff.monitoring.outcomes.none")));
            return;
        }
        results.add(new OutcomeResultsCard(getTranslation("staff.monitoring.outcomes.round"), found.round()));
        found.projects().forEach(p -> results.add(new OutcomeResultsCard(getTranslation(
                "staff.monitoring.outcomes.project", p.reference(), p.projectTitle()), p.results())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.monitoring.outcomes.title");
    }
}
