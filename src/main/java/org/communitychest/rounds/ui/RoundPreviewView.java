package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.rounds.Rounds;

/** The round exactly as applicants will see it, checker included, before it is published. */
@Route("rounds/:roundId" + RouteId.PATTERN + "/preview")
@RolesAllowed({"OFFICER", "ADMIN"})
class RoundPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Rounds rounds;
    private final Clock clock;

    RoundPreviewView(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
        addClassName("cc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        var round = rounds.get(id);
        removeAll();
        var banner = new Div(new Paragraph(getTranslation("staff.rounds.preview.banner")),
                new Anchor(RoundsNavigation.edit(id), getTranslation("staff.rounds.preview.back")));
        banner.addClassName("cc-alert");
        banner.addClassName("cc-alert-info");
        var now = clock.instant();
        add(banner, new RoundPage(round, now, new EligibilityChecker(round, false, now, false)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.rounds.preview.page-title");
    }
}
