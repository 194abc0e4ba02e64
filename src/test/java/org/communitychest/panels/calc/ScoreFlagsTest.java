package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFlagsTest {

    @Test
    void aRangeOfTwoLevelsIsForDiscussion() {
        // 0–4 scale: two levels are 50 points; 25..75 is 50, 30..70 is 40. 1–5 scale: two levels are 40 points.
        var flags = ScoreFlags.of(concat(bid(1, 25, 50, 75), bid(2, 30, 50, 70)), 4);
        var fiveLevels = ScoreFlags.of(bid(3, 40, 60, 80), 5);

        assertThat(flags.bid(1).flags()).containsExactly(ScoreFlags.BidFlag.DISCUSS);
        assertThat(flags.bid(1).range()).isEqualTo(50.0);
        assertThat(flags.bid(1).discussThreshold()).isEqualTo(50.0);
        assertThat(flags.bid(2).flags()).isEmpty();
        assertThat(fiveLevels.bid(3).discussThreshold()).isEqualTo(40.0);
        assertThat(fiveLevels.bid(3).flags()).containsExactly(ScoreFlags.BidFlag.DISCUSS);
    }

    @Test
    void fewerThanThreeScoreSetsAreTooFew() {
        var flags = ScoreFlags.of(concat(bid(1, 60, 65), bid(2, 70)), 4);

        assertThat(flags.bid(1).flags()).containsExactly(ScoreFlags.BidFlag.TOO_FEW_REVIEWERS);
        assertThat(flags.bid(2).flags()).containsExactly(ScoreFlags.BidFlag.TOO_FEW_REVIEWERS);
        assertThat(flags.bid(2).scores().getFirst().test()).isEqualTo(ScoreFlags.OutlierTest.NONE);
        assertThat(flags.bid(2).hasOutlier()).isFalse();
    }

    @Test
    void withFiveOrFewerReviewersTheLeaveOneOutGapFindsOutliers() {
        // 20 against the others' mean (60 + 62 + 58 + 61) / 4 = 60.25: gap −40.25; 60 against 50.25: gap 9.75
        var bid = ScoreFlags.of(bid(1, 60, 62, 58, 61, 20), 4).bid(1);

        var low = bid.scores().get(4);
        assertThat(low.test()).isEqualTo(ScoreFlags.OutlierTest.LEAVE_ONE_OUT);
        assertThat(low.statistic()).isCloseTo(-40.25, within(1e-9));
        assertThat(low.outlier()).isTrue();
        assertThat(bid.scores().getFirst().statistic()).isCloseTo(9.75, within(1e-9));
        assertThat(bid.scores()).filteredOn(ScoreFlags.Score::outlier).hasSize(1);
        // gaps of exactly 25 are not over the limit: 50 against (75 + 75) / 2
        assertThat(ScoreFlags.of(bid(2, 50, 75, 75), 4).bid(2).scores().getFirst().outlier()).isFalse();
    }

    @Test
    void withMoreReviewersTheModifiedZScoreFindsOutliersAboveAndBelow() {
        // 50 52 55 53 51 54 95: median 53, deviations 3 1 2 0 2 1 42, MAD 2; M(95) = 0.6745 · 42 / 2 = 14.16
        var high = ScoreFlags.of(bid(1, 50, 52, 55, 53, 51, 54, 95), 4).bid(1);
        // 50 52 55 53 51 54 10: median 52, MAD 2; M(10) = 0.6745 · −42 / 2 = −14.16
        var low = ScoreFlags.of(bid(2, 50, 52, 55, 53, 51, 54, 10), 4).bid(2);

        assertThat(high.median()).isEqualTo(53.0);
        assertThat(high.mad()).isEqualTo(2.0);
        var top = high.scores().get(6);
        assertThat(top.test()).isEqualTo(ScoreFlags.OutlierTest.MODIFIED_Z);
        assertThat(top.statistic()).isCloseTo(14.16, within(0.01));
        assertThat(top.outlier()).isTrue();
        assertThat(high.scores().getFirst().statistic()).isCloseTo(0.6745 * -3 / 2, within(1e-9));
        assertThat(high.scores()).filteredOn(ScoreFlags.Score::outlier).hasSize(1);
        assertThat(low.scores().get(6).statistic()).isCloseTo(-14.16, within(0.01));
        assertThat(low.scores()).filteredOn(ScoreFlags.Score::outlier).extracting(ScoreFlags.Score::score)
                .containsExactly(10.0);
    }

    @Test
    void whenMadIsZeroTheLeaveOneOutGapDecides() {
        // six 50s and an 80: MAD 0; 80 against the others' 50 is a gap of 30 (> 25); six 50s and a 60: gap 10
        var far = ScoreFlags.of(bid(1, 50, 50, 50, 50, 50, 50, 80), 4).bid(1);
        var near = ScoreFlags.of(bid(2, 50, 50, 50, 50, 50, 50, 60), 4).bid(2);

        assertThat(far.mad()).isZero();
        assertThat(far.scores().get(6).test()).isEqualTo(ScoreFlags.OutlierTest.LEAVE_ONE_OUT);
        assertThat(far.scores().get(6).statistic()).isCloseTo(30, within(1e-9));
        assertThat(far.scores()).filteredOn(ScoreFlags.Score::outlier).hasSize(1);
        assertThat(near.hasOutlier()).isFalse();
    }

    private static List<ReviewerScore> bid(long bidId, double... scores) {
        List<ReviewerScore> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new ReviewerScore(i + 1, bidId, scores[i]));
        }
        return list;
    }

    private static List<ReviewerScore> concat(List<ReviewerScore> a, List<ReviewerScore> b) {
        List<ReviewerScore> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
