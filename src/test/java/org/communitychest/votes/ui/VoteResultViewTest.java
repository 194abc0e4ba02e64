package org.communitychest.votes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.votes.VoteResults;
import org.communitychest.votes.count.CountingRule;
import org.communitychest.votes.count.PabulibFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's closed vote counted both ways: Bow's bloc takes most of the pot by approvals, equal shares funds a bid
 * of each neighbourhood; the page says how supporters paid, why the others were not funded, and its Pabulib file
 * counts again to the same funded bids.
 */
class VoteResultViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VoteResults results;

    @Test
    void theDemoVoteCountedByEqualSharesAndByApprovals() throws Exception {
        long round = jdbc.queryForObject("select id from funding_round where title = 'Neighbourhood Chest vote 2026'",
                Long.class);
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.vote(round) + "/result");
        var page = _get(VoteResultView.class);
        assertThat(page.summary.getText()).startsWith("200 ballots were cast");
        assertThat(page.difference.getText()).startsWith("The two counts fund different bids");
        assertThat(page.equalShares.getElement().getTextRecursively()).contains("Bow summer festival",
                "Women's walking group", "Befriending phone calls", "paid £", "Not funded",
                "but its supporters' share of the pot was");
        assertThat(page.greedy.getElement().getTextRecursively()).contains("Roman Road street party",
                "was left when its turn came");
        assertThat(page.chart.getOption()).contains("Paid in equal parts", "Bow youth football",
                "Befriending phone calls");
        assertThat(page.ties.getText()).startsWith("Ties go to the lower cost, then to a lottery drawn with the seed");

        long voteId = jdbc.queryForObject("select id from vote where round_id = ?", Long.class, round);
        var file = PabulibFile.read(results.pabulib(voteId));
        assertThat(file.meta()).containsEntry("num_votes", "200").containsEntry("rule", "equalshares/add1");
        assertThat(CountingRule.EQUAL_SHARES_ADD1.count(file.election()).selected())
                .containsExactlyInAnyOrderElementsOf(file.selected());
    }
}
