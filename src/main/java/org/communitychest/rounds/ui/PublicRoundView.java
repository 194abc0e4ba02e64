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
    private String roundTitle;
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
        roundTitle = round.title();
        removeAll();
        var now = clock.instant();
        boolean accepting = round.acceptsApplicationsAt(now);
        boolean applicant = Applicants.isSignedIn(currentUser);
        checker = new EligibilityChecker(round, accepting, now, applicant);
        add(new Anchor("funding", getTranslation("rounds.page.all-open-rounds")));
        apply = null;
        if (accepting && applicant) {
            var link = new Anchor(RoundsNavigation.apply(round.id()), getTranslation("rounds.page.apply"));
            link.addClassName("cc-button-link");
            // Answers given in the checker below go with the link, so the start page does not ask them again.
            checker.onAnswerChange(() -> link.setHref(RoundsNavigation.apply(round.id(), checker.answersGiven())));
            apply = link;
            add(apply);
        }
        add(new RoundPage(round, now, checker));
    }

    @Override
    public String getPageTitle() {
        return roundTitle == null ? getTranslation("rounds.page.page-title-unknown")
                : getTranslation("rounds.page.page-title", roundTitle);
    }
}
