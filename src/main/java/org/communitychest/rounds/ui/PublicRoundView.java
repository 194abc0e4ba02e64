package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.Rounds;

/** Public: one round, with its eligibility checker. */
@Route("funding/:roundId" + RouteId.PATTERN)
@AnonymousAllowed
class PublicRoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Rounds rounds;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "Funding round";
    EligibilityChecker checker;
    /** Shown to a signed-in applicant while the round takes applications; null otherwise. */
    Anchor apply;

    PublicRoundView(Rounds rounds, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("cc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round"));
        RoundDetails round = rounds.published(id);
        title = round.title() + " · Community Chest";
        removeAll();
        var now = clock.instant();
        boolean accepting = round.acceptsApplicationsAt(now);
        checker = new EligibilityChecker(round, accepting, now);
        add(new Anchor("funding", "All open rounds"));
        apply = null;
        if (accepting && Applicants.isSignedIn(currentUser)) {
            apply = new Anchor(RoundsNavigation.apply(round.id()), "Apply to this round");
            apply.addClassName("cc-button-link");
            add(apply);
        }
        add(new RoundPage(round, now, checker));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
