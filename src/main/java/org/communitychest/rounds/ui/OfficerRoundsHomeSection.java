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
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.rounds.Rounds;

@org.springframework.stereotype.Component
class OfficerRoundsHomeSection implements HomeSection {

    private final Rounds rounds;
    private final Clock clock;

    OfficerRoundsHomeSection(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("OFFICER");
    }

    @Override
    public Component create() {
        var card = new Div(new H2("Your rounds"));
        card.addClassName("cc-card");
        var list = rounds.ofMyPartnership();
        if (list.isEmpty()) {
            card.add(new Paragraph("Your partnership has no rounds yet. Set one up: the pot, the dates, who can apply"
                    + " and how bids are scored."), new Anchor("rounds/new", "Create a round"));
            return card;
        }
        var items = new UnorderedList();
        var now = clock.instant();
        list.forEach(r -> {
            String when = switch (r.status()) {
                case DRAFT -> "draft";
                case CLOSED -> "closed " + London.format(r.closesAt());
                case OPEN -> now.isBefore(r.opensAt()) ? "opens " + London.format(r.opensAt())
                        : "open until " + London.format(r.closesAt());
            };
            items.add(new ListItem(new Anchor(RoundsNavigation.edit(r.id()), r.title()),
                    new com.vaadin.flow.component.html.Span(" · " + when + " · "),
                    new Anchor(RoundsNavigation.applications(r.id()), "applications")));
        });
        card.add(items, new Anchor("rounds", "All rounds"));
        return card;
    }
}
