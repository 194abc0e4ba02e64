package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /**
     * Complete design, 2 reviewers × 5 bids.
     * R1: 40 50 60 70 80, μ1 = 60, σ1 = √(1000/4) = √250; R2: 60 65 70 75 80, μ2 = 70, σ2 = √(250/4) = √62.5.
     * Both give bid 1 z = −20/√250 = −10/√62.5 = −1.2649. All ten: μ = 65, Σ(S−65)² = 1500, σ = √(1500/9).
     * S' for bid 1 = 65 − √(1500/9) · 20/√250 = 65 − 20·√(2/3) = 48.670, for both reviewers; bid 2 = 65 − 10·√(2/3).
     */
    @Test
    void aCompleteDesignRescalesZScoresToThePanel() {
        var calibration = Calibration.of(scores(new double[][] {{40, 50, 60, 70, 80}, {60, 65, 70, 75, 80}}));

        assertThat(calibration.design()).isEqualTo(Calibration.Design.COMPLETE);
        assertThat(calibration.panelMean()).isEqualTo(65.0);
        assertThat(calibration.panelSd()).isCloseTo(Math.sqrt(1500 / 9.0), within(1e-9));
        var r1 = calibration.reviewer(1);
        assertThat(r1.mean()).isEqualTo(60.0);
        assertThat(r1.sd()).isCloseTo(Math.sqrt(250), within(1e-9));
        assertThat(r1.calibrated()).isTrue();
        assertThat(calibration.reviewer(2).sd()).isCloseTo(Math.sqrt(62.5), within(1e-9));
        assertThat(calibration.scores().getFirst().z()).isCloseTo(-1.2649, within(1e-4));
        assertThat(calibration.calibrated(1, 1)).isCloseTo(65 - 20 * Math.sqrt(2 / 3.0), within(1e-9))
                .isCloseTo(48.670, within(0.001));
        assertThat(calibration.calibrated(2, 1)).isCloseTo(calibration.calibrated(1, 1), within(1e-9));
        var bid1 = calibration.bid(1);
        assertThat(bid1.reviewers()).isEqualTo(2);
        assertThat(bid1.rawMean()).isEqualTo(50.0);
        assertThat(bid1.calibratedMean()).isCloseTo(48.670, within(0.001));
        assertThat(calibration.bid(2).calibratedMean()).isCloseTo(65 - 10 * Math.sqrt(2 / 3.0), within(1e-9));
        assertThat(calibration.bid(3).calibratedMean()).isCloseTo(65, within(1e-9));
    }

    /**
     * R3 gives every bid 50 (σ = 0) and is not calibrated; their 50s still count in the panel's μ and σ and in the
     * bid means. All 15: μ = 900/15 = 60, Σ(S−60)² = 1000 + 750 + 500 = 2250, σ = √(2250/14).
     * Bid 1: R1 and R2 at 60 − √(2250/14) · 1.2649 = 43.964, R3 at 50; mean (2 · 43.964 + 50) / 3 = 45.976.
     */
    @Test
    void aReviewerWithoutSpreadIsLeftAsTheyScored() {
        var calibration = Calibration.of(scores(new double[][] {
                {40, 50, 60, 70, 80}, {60, 65, 70, 75, 80}, {50, 50, 50, 50, 50}}));

        var r3 = calibration.reviewer(3);
        assertThat(r3.calibrated()).isFalse();
        assertThat(r3.notCalibratedBecause()).containsExactly(Calibration.NotCalibratedBecause.NO_SPREAD);
        assertThat(calibration.calibrated(3, 1)).isEqualTo(50.0);
        assertThat(calibration.panelSd()).isCloseTo(Math.sqrt(2250 / 14.0), within(1e-9));
        double r1bid1 = 60 - Math.sqrt(2250 / 14.0) * 20 / Math.sqrt(250);
        assertThat(calibration.calibrated(1, 1)).isCloseTo(r1bid1, within(1e-9)).isCloseTo(43.964, within(0.001));
        assertThat(calibration.bid(1).calibratedMean()).isCloseTo((2 * r1bid1 + 50) / 3, within(1e-9))
                .isCloseTo(45.976, within(0.001));
        assertThat(calibration.bid(1).rawMean()).isCloseTo(50, within(1e-9));
    }

    /**
     * Incomplete design: true bid quality q = 30 40 50 60 70 80 for bids 1–6, reviewer biases +10, 0, −10, every
     * score exactly q + bias. R1 scored bids 1–5, R2 bids 2–6, R3 bids 1–4 and 6 (5 each). The fixed point is the
     * biases themselves (they already sum to 0 over the 15 scores), so the calibrated scores are q exactly, while the
     * raw means of bids 5 (R1 80, R2 70) and 6 (R2 80, R3 70) are both 75.
     */
    @Test
    void anIncompleteDesignFindsEachReviewersBias() {
        double[] quality = {30, 40, 50, 60, 70, 80};
        double[] bias = {10, 0, -10};
        int[][] scored = {{1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}, {1, 2, 3, 4, 6}};
        List<ReviewerScore> scores = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int bid : scored[r]) {
                scores.add(new ReviewerScore(r + 1, bid, quality[bid - 1] + bias[r]));
            }
        }

        var calibration = Calibration.of(scores);

        assertThat(calibration.design()).isEqualTo(Calibration.Design.INCOMPLETE);
        assertThat(calibration.converged()).isTrue();
        assertThat(calibration.iterations()).isGreaterThan(1);
        for (int r = 0; r < 3; r++) {
            assertThat(calibration.reviewer(r + 1).bias()).isCloseTo(bias[r], within(0.02));
        }
        for (int bid = 1; bid <= 6; bid++) {
            assertThat(calibration.bid(bid).calibratedMean()).isCloseTo(quality[bid - 1], within(0.02));
        }
        assertThat(calibration.bid(5).rawMean()).isEqualTo(75.0);
        assertThat(calibration.bid(6).rawMean()).isEqualTo(75.0);
        assertThat(calibration.calibrated(1, 5)).isCloseTo(70, within(0.02));
    }

    /**
     * One bias round by hand: R4 scored only bids 1 and 2 (fewer than five) and is not calibrated: bias 0, scores
     * as given, and they count in the bid means the others are measured against. Bid 1 raw scores: R1 40, R3 20, R4 45.
     */
    @Test
    void aReviewerWithFewerThanFiveBidsCountsAsTheyScored() {
        double[] quality = {30, 40, 50, 60, 70, 80};
        double[] bias = {10, 0, -10};
        int[][] scored = {{1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}, {1, 2, 3, 4, 6}};
        List<ReviewerScore> scores = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int bid : scored[r]) {
                scores.add(new ReviewerScore(r + 1, bid, quality[bid - 1] + bias[r]));
            }
        }
        scores.add(new ReviewerScore(4, 1, 45));
        scores.add(new ReviewerScore(4, 2, 55));

        var calibration = Calibration.of(scores);

        var r4 = calibration.reviewer(4);
        assertThat(r4.notCalibratedBecause()).containsExactly(Calibration.NotCalibratedBecause.FEWER_THAN_FIVE_BIDS);
        assertThat(r4.bias()).isZero();
        assertThat(r4.bidsScored()).isEqualTo(2);
        assertThat(calibration.calibrated(4, 1)).isEqualTo(45.0);
        assertThat(calibration.bid(1).reviewers()).isEqualTo(3);
        assertThat(calibration.bid(1).rawMean()).isCloseTo(35, within(1e-9));
        // bid 1's calibrated mean is (40 − b1 + 20 − b3 + 45) / 3, whatever b1 and b3 settled at
        double b1 = calibration.reviewer(1).bias();
        double b3 = calibration.reviewer(3).bias();
        assertThat(calibration.bid(1).calibratedMean()).isCloseTo((40 - b1 + 20 - b3 + 45) / 3, within(1e-9));
        // R4 scored higher than the others, so the others now look harsher than before: R1's bias is below 10
        assertThat(b1).isLessThan(10);
    }

    private static List<ReviewerScore> scores(double[][] byReviewer) {
        List<ReviewerScore> scores = new ArrayList<>();
        for (int r = 0; r < byReviewer.length; r++) {
            for (int b = 0; b < byReviewer[r].length; b++) {
                scores.add(new ReviewerScore(r + 1, b + 1, byReviewer[r][b]));
            }
        }
        return scores;
    }
}
