package org.communitychest.votes.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.RouteId;
import org.communitychest.votes.Ballots;

/**
 * The ballot of someone signed in: a resident invited at their account's email, or a member of a group that applied
 * to the round (the group's one ballot, without its own bids). Anyone else finds no such page.
 */
@Route("votes/:voteId" + RouteId.PATTERN + "/ballot")
@PermitAll
class MyBallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final BallotForm ballot;
    private final H1 title = new H1();
    private final Ballots ballots;

    MyBallotView(Ballots ballots) {
        this.ballots = ballots;
        this.ballot = new BallotForm(ballots);
        addClassName("cc-page");
        addClassName("cc-form-page");
        add(title, ballot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long voteId = event.getRouteParameters().getLong("voteId")
                .orElseThrow(() -> new RecordNotFoundException("Ballot")); // not user text: what was not found
        ballot.show(ballots.forMe(voteId));
        title.setText(getTranslation("votes.ballot.title-round", ballot.paper().roundTitle()));
    }

    @Override
    public String getPageTitle() {
        return ballot.paper() == null ? getTranslation("votes.ballot.title")
                : getTranslation("votes.ballot.title-round", ballot.paper().roundTitle());
    }
}
