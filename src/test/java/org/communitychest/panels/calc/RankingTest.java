package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

    // Each bid ties the one before it on every step of the order up to the one that separates them.
    private static final List<Ranking.Bid> BIDS = List.of(
            new Ranking.Bid(6, 70, 70, 3.0, 200_000),
            new Ranking.Bid(2, 70, 72, 3.0, 100_000),
            new Ranking.Bid(1, 80, 60, 2.0, 500_000),
            new Ranking.Bid(4, 70, 70, 3.0, 100_000),
            new Ranking.Bid(3, 70.0000000001, 70, 3.5, 100_000),
            new Ranking.Bid(5, 70, 70, 3.0, 200_000));

    @Test
    void followsThePublishedOrderThroughEveryStep() {
        var ranking = Ranking.of(BIDS, 42);

        var places = ranking.places();
        assertThat(places).extracting(p -> p.bid().bidId()).startsWith(1L, 2L, 3L, 4L);
        assertThat(places).extracting(Ranking.Place::decidedBy).containsExactly(Ranking.DecidedBy.TOP,
                Ranking.DecidedBy.SCORE, Ranking.DecidedBy.MEDIAN, Ranking.DecidedBy.FIRST_CRITERION,
                Ranking.DecidedBy.COST, Ranking.DecidedBy.LOTTERY);
        assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 2, 3, 4, 5, 6);
        var fifth = places.get(4);
        var sixth = places.get(5);
        assertThat(fifth.lotteryDraw()).isLessThan(sixth.lotteryDraw());
        assertThat(ranking.seed()).isEqualTo(42);
    }

    @Test
    void theSameSeedRepeatsTheLotteryAndOtherSeedsCanChangeIt() {
        assertThat(Ranking.of(BIDS, 42)).isEqualTo(Ranking.of(BIDS, 42));
        assertThat(Ranking.of(BIDS.reversed(), 42).places()).isEqualTo(Ranking.of(BIDS, 42).places());
        Set<Long> lastPlaced = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            lastPlaced.add(Ranking.of(BIDS, seed).places().get(5).bid().bidId());
        }
        assertThat(lastPlaced).containsExactlyInAnyOrder(5L, 6L);
    }
}
