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
        var card = new Div();
        card.add(new H2(card.getTranslation("staff.rounds.home.title")));
        card.addClassName("cc-card");
        var list = rounds.ofMyPartnership();
        if (list.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("staff.rounds.home.none")),
                    new Anchor("rounds/new", card.getTranslation("staff.rounds.home.create")));
            return card;
        }
        var items = new UnorderedList();
        var now = clock.instant();
        list.forEach(r -> {
            String when = switch (r.status()) {
                case DRAFT -> card.getTranslation("staff.rounds.home.draft");
                case CLOSED -> card.getTranslation("staff.rounds.home.closed", London.format(r.closesAt()));
                case SCORING -> r.scoringClosesAt() == null
                        ? card.getTranslation("staff.rounds.home.scoring-no-deadline")
                        : card.getTranslation("staff.rounds.home.scoring", London.format(r.scoringClosesAt()));
                case MODERATION -> card.getTranslation("staff.rounds.home.moderation");
                case DECIDED -> card.getTranslation("staff.rounds.home.decided");
                case OPEN -> now.isBefore(r.opensAt())
                        ? card.getTranslation("staff.rounds.home.opens", London.format(r.opensAt()))
                        : card.getTranslation("staff.rounds.home.open-until", London.format(r.closesAt()));
            };
            items.add(new ListItem(new Anchor(RoundsNavigation.edit(r.id()), r.title()),
                    new com.vaadin.flow.component.html.Span(" · " + when + " · "),
                    new Anchor(RoundsNavigation.applications(r.id()),
                            card.getTranslation("staff.rounds.home.applications"))));
        });
        card.add(items, new Anchor("rounds", card.getTranslation("staff.rounds.home.all")));
        return card;
    }
}
