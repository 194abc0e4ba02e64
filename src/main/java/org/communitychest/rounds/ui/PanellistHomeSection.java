package org.communitychest.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.Set;
import org.communitychest.base.ui.HomeSection;
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
        var card = new Div(new H2("Your panel work"), new Paragraph("When an officer adds you to a panel, the bids"
                + " you are asked to score appear here, with the round's criteria and what each score means. You will"
                + " first be asked whether you know any of the groups, so that nobody scores a bid they are close"
                + " to."));
        card.addClassName("cc-card");
        var list = rounds.publishedOfMyPartnership();
        if (list.isEmpty()) {
            card.add(new Paragraph("Your partnership has no published rounds yet."));
        } else {
            card.add(new Paragraph("Rounds in your partnership:"));
            var items = new UnorderedList();
            var now = clock.instant();
            list.forEach(r -> items.add(new ListItem(new Anchor(RoundsNavigation.publicRound(r.id()), r.title()),
                    new com.vaadin.flow.component.html.Span(" · " + (r.status().name().equals("OPEN")
                            && now.isBefore(r.closesAt()) ? "taking applications" : "closed")))));
            card.add(items);
        }
        return card;
    }
}
