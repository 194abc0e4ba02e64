package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers × 12 units reliability data
     * with missing values (null); the paper gives interval α = 0.849 (nominal 0.743). Unit 12 has one value, so it
     * is not pairable, and n = 40.
     */
    private static final Integer[][] PUBLISHED = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};

    @Test
    void matchesKrippendorffsPublishedIntervalExample() {
        List<ReviewerScore> scores = new ArrayList<>();
        for (int observer = 0; observer < PUBLISHED.length; observer++) {
            for (int unit = 0; unit < PUBLISHED[observer].length; unit++) {
                if (PUBLISHED[observer][unit] != null) {
                    scores.add(new ReviewerScore(observer, unit, PUBLISHED[observer][unit]));
                }
            }
        }

        var alpha = KrippendorffAlpha.of(scores);

        assertThat(alpha.pairableUnits()).isEqualTo(11);
        assertThat(alpha.pairableValues()).isEqualTo(40);
        assertThat(alpha.alpha().getAsDouble()).isCloseTo(0.849, within(0.0005));
        assertThat(alpha.reading()).contains(KrippendorffAlpha.Reading.RELIABLE);
    }

    @Test
    void aHandWorkedExampleGivesItsDisagreements() {
        // bid 1: 10, 20; bid 2: 30, 40 → D_o = (1/4)(2·100/1 + 2·100/1) = 100;
        // all four values: Σ_{i≠j}(vi−vj)² = 2(4·3000 − 100²) = 4000, D_e = 4000 / (4·3) = 333.33;
        // α = 1 − 100/333.33 = 0.7
        var alpha = KrippendorffAlpha.of(List.of(new ReviewerScore(1, 1, 10), new ReviewerScore(2, 1, 20),
                new ReviewerScore(1, 2, 30), new ReviewerScore(2, 2, 40)));

        assertThat(alpha.observedDisagreement()).isCloseTo(100, within(1e-9));
        assertThat(alpha.expectedDisagreement()).isCloseTo(1000.0 / 3, within(1e-9));
        assertThat(alpha.alpha().getAsDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(alpha.reading()).contains(KrippendorffAlpha.Reading.TENTATIVE);
    }

    @Test
    void disagreementReadsAsDiscuss() {
        var alpha = KrippendorffAlpha.of(List.of(new ReviewerScore(1, 1, 10), new ReviewerScore(2, 1, 90),
                new ReviewerScore(1, 2, 80), new ReviewerScore(2, 2, 20)));

        assertThat(alpha.alpha().getAsDouble()).isNegative();
        assertThat(alpha.reading()).contains(KrippendorffAlpha.Reading.DISCUSS);
    }

    @Test
    void isEmptyWithoutAPairableBidOrWithoutVariation() {
        var single = KrippendorffAlpha.of(List.of(new ReviewerScore(1, 1, 10), new ReviewerScore(2, 2, 20)));
        var same = KrippendorffAlpha.of(List.of(new ReviewerScore(1, 1, 50), new ReviewerScore(2, 1, 50),
                new ReviewerScore(1, 2, 50), new ReviewerScore(2, 2, 50)));

        assertThat(single.alpha()).isEmpty();
        assertThat(single.reading()).isEmpty();
        assertThat(single.notComputableBecause()).contains(KrippendorffAlpha.NotComputableBecause.NO_PAIRABLE_BID);
        assertThat(same.alpha()).isEmpty();
        assertThat(same.notComputableBecause()).contains(KrippendorffAlpha.NotComputableBecause.NO_VARIATION);
    }
}
