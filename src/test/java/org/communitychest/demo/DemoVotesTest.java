package org.communitychest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.votes.Ballots;
import org.communitychest.votes.MyVote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The demo's votes: a closed one with 200 ballots and nothing left to link them to voters; an open one for Tom. */
class DemoVotesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Ballots ballots;

    @Test
    void aClosedVoteWithTwoHundredSecretBallotsAndAnOpenOneTheDemoResidentIsInvitedTo() {
        var fx = new ApplicationFixtures(context);
        var closed = fx.jdbc.queryForMap("select v.id, v.state, v.ballot_secret from vote v join funding_round r on"
                + " r.id = v.round_id where r.title = 'Neighbourhood Chest vote 2026'");
        assertThat(closed.get("state")).isEqualTo("CLOSED");
        assertThat(closed.get("ballot_secret")).isNull();
        assertThat(fx.jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class,
                closed.get("id"))).isEqualTo(200);
        assertThat(fx.as(ApplicationFixtures.PANELLIST, ballots::myOpenVotes)).extracting(MyVote::roundTitle)
                .containsExactly("Spring Residents' Choice 2027");
    }
}
