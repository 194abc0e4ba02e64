package org.communitychest.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.applications.Screening;
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.rounds.Rounds;

/**
 * An officer's to-do: submitted applications still waiting for eligibility screening, by round, and the groups that
 * have answered a question about one of them.
 */
@org.springframework.stereotype.Component
class OfficerScreeningHomeSection implements HomeSection {

    private static final int ANSWERS_SHOWN = 10;
    private static final int EXCERPT = 160;
    private final Screening screening;
    private final Rounds rounds;

    OfficerScreeningHomeSection(Screening screening, Rounds rounds) {
        this.screening = screening;
        this.rounds = rounds;
    }

    /** The answer as the group wrote it, its first words when it is long: the officer opens it for the rest. */
    static String excerpt(String answer) {
        if (answer.length() <= EXCERPT) {
            return answer;
        }
        int cut = answer.lastIndexOf(' ', EXCERPT);
        return answer.substring(0, cut > 0 ? cut : EXCERPT) + " …";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return roles.contains("OFFICER");
    }

    @Override
    public Component create() {
        var card = new Div();
        card.add(new H2(card.getTranslation("staff.apply.home.title")));
        card.addClassName("cc-card");
        var waiting = new UnorderedList();
        var waitingByRound = screening.waitingForScreening();
        for (var round : rounds.publishedOfMyPartnership()) {
            long count = waitingByRound.getOrDefault(round.id(), 0L);
            if (count > 0) {
                waiting.add(new ListItem(new Anchor(ApplicationsNavigation.roundApplications(round.id()),
                        card.getTranslation("staff.apply.home.waiting-in-round", count, round.title()))));
            }
        }
        if (waiting.getComponentCount() == 0) {
            card.add(new Paragraph(card.getTranslation("staff.apply.home.none-waiting")));
        } else {
            card.add(new Paragraph(card.getTranslation("staff.apply.home.waiting")), waiting);
        }
        var answers = screening.answersAwaitingScreening(ANSWERS_SHOWN);
        if (!answers.isEmpty()) {
            var answered = new UnorderedList();
            answered.addClassName("cc-answered");
            for (var a : answers) {
                var excerpt = new Paragraph(excerpt(a.answer()));
                excerpt.addClassName("cc-answer-excerpt");
                answered.add(new ListItem(new Anchor(ApplicationsNavigation.review(a.applicationId()),
                        card.getTranslation("staff.apply.home.answered", a.organisationName(), a.reference(),
                                London.format(a.answeredAt()))), excerpt));
            }
            card.add(new H3(card.getTranslation("staff.apply.home.answers")), answered);
        }
        return card;
    }
}
