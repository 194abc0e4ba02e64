package org.communitychest.votes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.communitychest.base.London;
import org.communitychest.base.ui.HomeSection;
import org.communitychest.votes.Ballots;
import org.communitychest.votes.MyVote;
import org.communitychest.votes.VotePaths;

/** The open votes someone signed in may vote in: residents invited by email, and applicant groups. */
@org.springframework.stereotype.Component
class VotesHomeSection implements HomeSection {

    private final Ballots ballots;

    VotesHomeSection(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(Set<String> roles) {
        return !roles.isEmpty();
    }

    @Override
    public Component create() {
        var votes = ballots.myOpenVotes();
        if (votes.isEmpty()) {
            return new Div();
        }
        var card = new Div();
        card.add(new H2(card.getTranslation("votes.home.title")));
        card.addClassName("cc-card");
        var list = new UnorderedList();
        for (MyVote vote : votes) {
            list.add(new ListItem(new Anchor(VotePaths.ballotOf(vote.voteId()), vote.roundTitle()),
                    new Span(" · " + card.getTranslation(vote.hasVoted() ? "votes.home.voted" : "votes.home.to-vote",
                            London.format(vote.closesAt())))));
        }
        card.add(list);
        return card;
    }
}
