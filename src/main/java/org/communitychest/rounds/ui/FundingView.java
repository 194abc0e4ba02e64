package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.London;
import org.communitychest.rounds.Rounds;

/** Public: every partnership's open rounds. */
@Route("funding")
@PageTitle("Open funding rounds · Community Chest")
@AnonymousAllowed
class FundingView extends VerticalLayout {

    FundingView(Rounds rounds, CurrentUser currentUser, Clock clock) {
        boolean applicant = Applicants.isSignedIn(currentUser);
        addClassName("cc-page");
        add(new H1("Open funding rounds"), new Paragraph("Small grants for community and voluntary groups, chosen with"
                + " local residents. Read a round, check whether your group can apply, then apply online."));
        var open = rounds.publishedOpenRounds();
        if (open.isEmpty()) {
            var empty = new Paragraph("No rounds are open right now. Rounds usually open a few times a year; please"
                    + " check again soon.");
            empty.addClassName("cc-empty");
            add(empty);
        }
        var now = clock.instant();
        for (var round : open) {
            var card = new Div(new Span(round.partnershipName()), new H2(round.title()),
                    new Paragraph("Grants of " + round.minGrant().toShortString() + " to "
                            + round.maxGrant().toShortString() + ". " + (now.isBefore(round.opensAt())
                            ? "Opens " + London.format(round.opensAt())
                            : "Closes " + London.format(round.closesAt())) + "."),
                    new Anchor(RoundsNavigation.publicRound(round.id()), "Read about this round and check if you"
                            + " can apply"));
            if (applicant && !now.isBefore(round.opensAt())) {
                var apply = new Anchor(RoundsNavigation.apply(round.id()), "Apply");
                apply.addClassName("cc-button-link");
                card.add(apply);
            }
            card.addClassName("cc-card");
            add(card);
        }
    }
}
