package org.communitychest.votes;

import org.communitychest.rounds.DecisionMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communitychest.IntegrationTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.BallotBid;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.panels.PanelFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A vote from the voter's side: a code opens the ballot, ticks are checked against the vote's limits, a ballot can be
 * changed until the vote closes and is one row however it is cast, a group never sees its own bid, and the stored
 * ballot carries nothing that names its voter; once the vote closes, nothing can link them.
 */
class BallotsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Votes votes;
    @Autowired
    Ballots ballots;
    PanelFixtures px;
    PanelFixtures.Scored round;

    @BeforeEach
    void closedRound() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Residents vote", 3);
    }

    private VoteDetails openVote(int minTicks, int maxTicks, boolean applicants) {
        return px.fx.as(ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            var vote = votes.save(round.roundId(), new VoteSettings(DecisionMode.VOTE, now.minusSeconds(60),
                    now.plus(Duration.ofDays(7)), Money.ofPence(250_000), minTicks, maxTicks, applicants,
                    round.bids()));
            if (!applicants) {
                votes.printCodes(vote.id(), 1);
            }
            return votes.open(vote.id());
        });
    }

    private String code(long voteId) {
        return px.fx.as(ApplicationFixtures.OFFICER, () -> votes.printCodes(voteId, 1).codes().getFirst());
    }

    @Test
    void badSettingsAreRefusedBesideTheirFieldsAndChangeNothing() {
        px.fx.as(ApplicationFixtures.OFFICER, () -> {
            var now = px.fx.clock.instant();
            assertThatThrownBy(() -> votes.save(round.roundId(), new VoteSettings(DecisionMode.PANEL, now,
                    now.minusSeconds(1), Money.ofPence(0), 3, 2, false, List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().keySet())
                            .contains("mode", "closesAt", "pot", "bids", "maxTicks"));
            assertThat(votes.ofRound(round.roundId())).isEmpty();
        });
    }

    @Test
    void aCodeOpensTheBallotAndTheVoterChangesItUntilTheVoteCloses() {
        var vote = openVote(1, 2, false);
        String code = code(vote.id());
        var paper = ballots.withCode(code.toLowerCase().replace("-", " "));
        assertThat(paper.takesBallots()).isTrue();
        assertThat(paper.bids()).extracting(BallotBid::id).containsExactlyElementsOf(round.bids());
        assertThat(paper.bids()).allSatisfy(b -> assertThat(b.cost()).isEqualTo(Money.ofPence(125_000)));

        var pass = paper.pass();
        assertThatThrownBy(() -> ballots.cast(pass, Set.of())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("ticks"));
        assertThatThrownBy(() -> ballots.cast(pass, Set.copyOf(round.bids())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("ticks"));
        ballots.cast(pass, Set.of(round.bids().get(0)));
        var changed = ballots.cast(pass, Set.of(round.bids().get(1), round.bids().get(2)));
        assertThat(changed.approved()).containsExactlyInAnyOrder(round.bids().get(1), round.bids().get(2));
        assertThat(changed.hasVoted()).isTrue();
        assertThat(ballots.withCode(code).approved()).as("read back").hasSize(2);

        var stored = px.fx.jdbc.queryForList("select * from ballot where vote_id = ?", vote.id());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().keySet().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)))
                .as("no voter, no time, no sequence number")
                .containsExactlyInAnyOrder("vote_id", "ballot_key", "approved");
        assertThat(px.fx.as(ApplicationFixtures.OFFICER, () -> votes.get(vote.id())))
                .satisfies(v -> assertThat(v.voted()).isEqualTo(1)).satisfies(v -> assertThat(v.voters()).isEqualTo(2));

        px.fx.as(ApplicationFixtures.OFFICER, () -> votes.close(vote.id()));
        assertThat(px.fx.jdbc.queryForObject("select ballot_secret from vote where id = ?", String.class, vote.id()))
                .as("the secret that linked ballots to voters is gone").isNull();
        assertThatThrownBy(() -> ballots.cast(pass, Set.of(round.bids().get(0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("ticks"));
        assertThat(ballots.withCode(code).takesBallots()).isFalse();
    }

    @Test
    void anUnknownCodeIsRefusedBesideTheCodeField() {
        openVote(0, 0, false);
        assertThatThrownBy(() -> ballots.withCode("AAAA-BBBB-CCCC"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("code"));
    }

    @Test
    void twoSimultaneousBallotsFromOneVoterMakeOneRow() throws Exception {
        var vote = openVote(0, 0, false);
        var pass = ballots.withCode(code(vote.id())).pass();
        var start = new CountDownLatch(1);
        Callable<Boolean> cast = () -> {
            start.await();
            ballots.cast(pass, Set.of(round.bids().getFirst()));
            return true;
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(cast);
            Future<Boolean> second = pool.submit(cast);
            start.countDown();
            assertThat(first.get() && second.get()).as("both are taken: the second is a change").isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(px.fx.jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class,
                vote.id())).isEqualTo(1);
    }

    @Test
    void anApplicantGroupVotesOnceAndNeverForItself() {
        var vote = openVote(0, 0, true);
        String bidder = round.bidders().getFirst();
        long ownBid = round.bids().getFirst();
        px.fx.signInAs(bidder);
        try {
            var paper = ballots.forMe(vote.id());
            assertThat(paper.bids()).extracting(BallotBid::id).doesNotContain(ownBid).hasSize(2);
            assertThatThrownBy(() -> ballots.cast(paper.pass(), Set.of(ownBid)))
                    .isInstanceOf(RecordNotFoundException.class);
            ballots.cast(paper.pass(), Set.of(round.bids().get(1)));
            ballots.cast(paper.pass(), Set.of(round.bids().get(2)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(px.fx.jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class,
                vote.id())).isEqualTo(1);
        px.fx.signInAs(ApplicationFixtures.KWAME);
        try {
            assertThatThrownBy(() -> ballots.forMe(vote.id())).as("a group that did not apply")
                    .isInstanceOf(RecordNotFoundException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void residentsInvitedByEmailEachGetAQueuedLinkWithTheirOwnCode() {
        var vote = openVote(0, 0, false);
        String first = ApplicationFixtures.uniqueEmail("voter");
        String second = ApplicationFixtures.uniqueEmail("voter");
        int invited = px.fx.as(ApplicationFixtures.OFFICER, () -> votes.inviteByEmail(vote.id(),
                first + "\n" + second.toUpperCase() + ", " + first));
        assertThat(invited).isEqualTo(2);
        assertThat(px.fx.as(ApplicationFixtures.OFFICER, () -> votes.inviteByEmail(vote.id(), first)))
                .as("already invited").isZero();
        var bodies = px.fx.jdbc.queryForList("select text_body from mail_message where template = 'vote-invitation'"
                + " and recipient in (?, ?)", String.class, first, second);
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body).contains("vote?code="));
        assertThatThrownBy(() -> px.fx.as(ApplicationFixtures.OFFICER, () -> votes.inviteByEmail(vote.id(),
                "not-an-email"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("emails"));
    }
}
