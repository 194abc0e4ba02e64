package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.gaps.DatabaseStatements;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The panel reads a round's eligible bids with the same SQL statements for 50 applications as for 5 (the rows are
 * inserted straight into the tables: the services would take minutes to make them).
 */
class EligibleBidsStatementsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionRelease release;

    private void insertEligible(RoundDetails round, int count, List<Long> groups, long userId) {
        var now = Timestamp.from(clock.instant());
        List<BulkBids.Bid> bids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            bids.add(new BulkBids.Bid(groups.get(i % groups.size()), "Group " + i,
                    "E" + round.id() + "-" + String.format("%03d", i), "SHORT", "Project " + i, 100_000L + i, now));
        }
        BulkBids.insert(jdbc, round, "ELIGIBLE", userId, now, bids);
    }

    @Test
    void fiftyEligibleBidsCostTheStatementsOfFive() {
        var fx = new ApplicationFixtures(context);
        var five = fx.openRound("Five bids " + UUID.randomUUID());
        var fifty = fx.openRound("Fifty bids " + UUID.randomUUID());
        String member = fx.newApplicant("Bea Bulk");
        var groups = List.of(fx.newGroup(member, "Bulk One " + UUID.randomUUID()),
                fx.newGroup(member, "Bulk Two " + UUID.randomUUID()),
                fx.newGroup(member, "Bulk Three " + UUID.randomUUID()));
        insertEligible(five, 5, groups, fx.userId(member));
        insertEligible(fifty, 50, groups, fx.userId(member));
        fx.signInAs(OFFICER);
        release.eligibleBids(five.id());

        var shown = new ArrayList<EligibleBid>();
        long forFive = DatabaseStatements.count(jdbc, () -> release.eligibleBids(five.id()));
        long forFifty = DatabaseStatements.count(jdbc, () -> shown.addAll(release.eligibleBids(fifty.id())));

        // 17 since the round carries its allocation rules (one statement more in rounds.get)
        assertThat(forFive).as("statements for 5").isPositive().isLessThanOrEqualTo(17);
        assertThat(forFifty).as("statements for 50 (5: %s)", forFive).isEqualTo(forFive);
        assertThat(shown).hasSize(50).allSatisfy(bid -> {
            assertThat(bid.incomeBand()).isEqualTo(IncomeBand.UNDER_10K);
            assertThat(bid.gaps().covered()).hasSize(1);
        });
        assertThat(shown.getFirst().reference()).as("by reference").isEqualTo("E" + fifty.id() + "-001");
        assertThat(shown.getFirst().requested()).isEqualTo(org.communitychest.base.Money.ofPence(100_001));
    }
}
