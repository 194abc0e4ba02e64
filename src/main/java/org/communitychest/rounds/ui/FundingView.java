package org.communitychest.rounds.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communitychest.place.Partnerships;
import java.time.Clock;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.London;
import org.communitychest.rounds.Rounds;

/** Public: every partnership's open rounds. */
@Route("funding")
@AnonymousAllowed
class FundingView extends VerticalLayout implements HasDynamicTitle {

    FundingView(Rounds rounds, Partnerships partnerships, CurrentUser currentUser, Clock clock) {
        boolean applicant = Applicants.isSignedIn(currentUser);
        addClassName("cc-page");
        add(new H1(getTranslation("rounds.funding.title")), new Paragraph(getTranslation("rounds.funding.intro")));
        var open = rounds.publishedOpenRounds();
        if (open.isEmpty()) {
            var empty = new Paragraph(getTranslation("rounds.funding.none-open"));
            empty.addClassName("cc-empty");
            add(empty);
        }
        var now = clock.instant();
        for (var round : open) {
            String min = round.minGrant().toShortString();
            String max = round.maxGrant().toShortString();
            var card = new Div(new Span(round.partnershipName()), new H2(round.title()),
                    new Paragraph(now.isBefore(round.opensAt())
                            ? getTranslation("rounds.funding.card.opens", min, max, London.format(round.opensAt()))
                            : getTranslation("rounds.funding.card.closes", min, max, London.format(round.closesAt()))),
                    new Anchor(RoundsNavigation.publicRound(round.id()), getTranslation("rounds.funding.card.read")));
            if (applicant && !now.isBefore(round.opensAt())) {
                var apply = new Anchor(RoundsNavigation.apply(round.id()), getTranslation("rounds.funding.card.apply"));
                apply.addClassName("cc-button-link");
                card.add(apply);
            }
            card.addClassName("cc-card");
            add(card);
        }
        var awarded = new Div();
        partnerships.all().forEach(p -> awarded.add(new Div(new Anchor(RoundsNavigation.awarded(p.code()),
                getTranslation("rounds.funding.awarded", p.name())))));
        awarded.addClassName("cc-awarded-links");
        add(awarded);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.funding.page-title");
    }
}
