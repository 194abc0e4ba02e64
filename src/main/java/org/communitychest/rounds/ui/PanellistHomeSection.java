package org.communitychest.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.rounds.RoundSummary;
import org.communitychest.rounds.Rounds;

/** A panel member's home: the partnership's rounds, and where the bids to score will appear. */
@org.springframework.stereotype.Component
class PanellistHomeSection implements HomeSection {

    private final Rounds rounds;
    private final Clock clock;

    PanellistHomeSection(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("PANELLIST");
    }

    @Override
    public Component create() {
        var card = new Div();
        card.add(new H2(card.getTranslation("rounds.panellist-home.title")),
                new Paragraph(card.getTranslation("rounds.panellist-home.intro")));
        card.addClassName("cc-card");
        var list = rounds.publishedOfMyPartnership();
        if (list.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("rounds.panellist-home.none")));
        } else {
            card.add(new Paragraph(card.getTranslation("rounds.panellist-home.rounds")));
            var items = new UnorderedList();
            var now = clock.instant();
            list.forEach(r -> items.add(new ListItem(new Anchor(RoundsNavigation.publicRound(r.id()), r.title()),
                    new com.vaadin.flow.component.html.Span(" · " + stage(card, r, now)))));
            card.add(items);
        }
        return card;
    }

    private static String stage(Div card, RoundSummary r, Instant now) {
        return switch (r.status()) {
            case OPEN -> card.getTranslation(now.isBefore(r.closesAt()) ? "rounds.panellist-home.taking-applications"
                    : "rounds.panellist-home.closed");
            case SCORING -> r.scoringClosesAt() == null
                    ? card.getTranslation("rounds.panellist-home.scoring-no-deadline")
                    : card.getTranslation("rounds.panellist-home.scoring", London.format(r.scoringClosesAt()));
            case MODERATION -> card.getTranslation("rounds.panellist-home.moderation");
            case DECIDED -> card.getTranslation("rounds.panellist-home.decided");
            case DRAFT, CLOSED -> card.getTranslation("rounds.panellist-home.closed");
        };
    }
}
