package org.communitychest.votes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.Money;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.votes.DecisionMode;
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

    @BeforeEach
    void openVoteWithACode() {
        var px = new PanelFixtures(context);
        round = px.roundInScoring("Ballot page", 3);
        code = px.fx.as(ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            var vote = votes.save(round.roundId(), new VoteSettings(DecisionMode.VOTE, now.minusSeconds(60),
                    now.plus(Duration.ofDays(3)), Money.ofPence(250_000), 2, 0, false, round.bids()));
            String printed = votes.printCodes(vote.id(), 1).codes().getFirst();
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
        assertThat(page.ticks.isVisible()).isTrue();
        assertThat(page.limits.getText()).isEqualTo("Tick at least 2.");
        assertThat(page.intro.getText()).contains("£2,500").contains("secret");

        var projects = page.ticks.getListDataView().getItems().toList();
        assertThat(projects).hasSize(3);
        _setValue(page.ticks, Set.of(projects.get(0)));
        _click(page.cast);
        assertThat(page.ticks.isInvalid()).isTrue();
        assertThat(page.ticks.getErrorMessage()).isEqualTo("Tick at least 2 projects you support.");
        _setValue(page.ticks, Set.of(projects.get(0), projects.get(1)));
        _click(page.cast);
        assertThat(page.result.getText()).contains("your ballot is cast, with 2 projects ticked");
        assertThat(page.cast.getText()).isEqualTo("Change my ballot");
        _setValue(page.ticks, Set.of(projects.get(1), projects.get(2)));
        _click(page.cast);
        assertThat(page.result.getText()).contains("2 projects ticked");

        navigate("vote?code=" + code);
        var again = _get(BallotView.class);
        assertThat(again.ticks.getValue()).extracting(BallotBid::id)
                .containsExactlyInAnyOrder(round.bids().get(1), round.bids().get(2));
    }
}
