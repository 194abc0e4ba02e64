package org.communitychest.votes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.Money;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.DecisionMode;
import org.communitychest.votes.VoteSettings;
import org.communitychest.votes.Votes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A resident with a printed code and no account: types the code, reads the projects, ticks too few and is told
 * beside the ticks, casts, changes their ballot on the same page, and comes back to find their ticks.
 */
class BallotViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Votes votes;
    PanelFixtures.Scored round;
    String code;
    long voteId;
    PanelFixtures px;

    @BeforeEach
    void openVoteWithACode() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Ballot page", 3);
        code = px.fx.as(ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            var vote = votes.save(round.roundId(), new VoteSettings(DecisionMode.VOTE, now.minusSeconds(60),
                    now.plus(Duration.ofDays(3)), Money.ofPence(250_000), 2, 0, false, round.bids()));
            String printed = votes.printCodes(vote.id(), 1).codes().getFirst();
            voteId = vote.id();
            votes.open(vote.id());
            return printed;
        });
    }

    @Test
    void aResidentOpensTheBallotWithTheirCodeCastsItAndChangesIt() {
        navigate("vote");
        var page = _get(BallotView.class);
        _setValue(page.code, "WRONG-CODE-1234");
        _click(page.openBallot);
        assertThat(page.code.isInvalid()).isTrue();
        assertThat(page.code.getErrorMessage()).contains("12 letters and numbers");
        _setValue(page.code, code.toLowerCase());
        _click(page.openBallot);
        assertThat(page.ballot.ticks.isVisible()).isTrue();
        assertThat(page.ballot.limits.getText()).isEqualTo("Tick at least 2.");
        assertThat(page.ballot.intro.getText()).contains("£2,500").contains("secret");

        var projects = page.ballot.ticks.getListDataView().getItems().toList();
        assertThat(projects).hasSize(3);
        _setValue(page.ballot.ticks, Set.of(projects.get(0)));
        _click(page.ballot.cast);
        assertThat(page.ballot.ticks.isInvalid()).isTrue();
        assertThat(page.ballot.ticks.getErrorMessage()).isEqualTo("Tick at least 2 projects you support.");
        _setValue(page.ballot.ticks, Set.of(projects.get(0), projects.get(1)));
        _click(page.ballot.cast);
        assertThat(page.ballot.result.getText()).contains("your ballot is cast, with 2 projects ticked");
        assertThat(page.ballot.cast.getText()).isEqualTo("Change my ballot");
        _setValue(page.ballot.ticks, Set.of(projects.get(1), projects.get(2)));
        _click(page.ballot.cast);
        assertThat(page.ballot.result.getText()).contains("2 projects ticked");

        navigate("vote?code=" + code);
        var again = _get(BallotView.class);
        assertThat(again.ballot.ticks.getValue()).extracting(BallotBid::id)
                .containsExactlyInAnyOrder(round.bids().get(1), round.bids().get(2));
    }

    @Test
    void aResidentInvitedAtTheirAccountsEmailFindsTheVoteOnTheirHomePageAndVotesSignedIn() {
        px.fx.as(ApplicationFixtures.OFFICER, () -> votes.inviteByEmail(voteId, ApplicationFixtures.PANELLIST));
        String title = px.fx.jdbc.queryForObject("select title from funding_round where id = ?", String.class,
                round.roundId());
        loginAs(ApplicationFixtures.PANELLIST);
        navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withText(title)).stream().map(Anchor::getHref))
                .as("the vote on the resident's home page").contains("votes/" + voteId + "/ballot");
        navigate("votes/" + voteId + "/ballot");
        var page = _get(MyBallotView.class);
        var projects = page.ballot.ticks.getListDataView().getItems().toList();
        _setValue(page.ballot.ticks, Set.of(projects.get(0), projects.get(2)));
        _click(page.ballot.cast);
        assertThat(page.ballot.result.getText()).contains("2 projects ticked");
        navigate("");
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anySatisfy(text -> assertThat(text).startsWith(" · you have voted"));
    }
}
