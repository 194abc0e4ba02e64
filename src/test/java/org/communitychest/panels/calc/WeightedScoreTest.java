package org.communitychest.panels.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    @Test
    void weightsTheLevelsOnTheZeroToFourScale() {
        // 40% at 3, 30% at 4, 30% at 2: (40·3 + 30·4 + 30·2) / 4 = (120 + 120 + 60) / 4 = 75
        var score = WeightedScore.of(List.of(new CriterionLevel(40, 3), new CriterionLevel(30, 4),
                new CriterionLevel(30, 2)), 4);

        assertThat(score.points()).isEqualTo(75.0);
        assertThat(score.parts()).extracting(WeightedScore.Part::points).containsExactly(30.0, 30.0, 15.0);
    }

    @Test
    void onTheOneToFiveScaleTheLowestLevelsGiveTwenty() {
        // (50·1 + 50·1) / 5 = 20; (50·5 + 50·4) / 5 = 90
        assertThat(WeightedScore.of(List.of(new CriterionLevel(50, 1), new CriterionLevel(50, 1)), 5).points())
                .isEqualTo(20.0);
        assertThat(WeightedScore.of(List.of(new CriterionLevel(50, 5), new CriterionLevel(50, 4)), 5).points())
                .isEqualTo(90.0);
    }

    @Test
    void thirdsAreKeptAsFractions() {
        // (34·1 + 33·2 + 33·0) / 4 = 100 / 4 = 25; (34·2 + 33·1 + 33·1) / 3 = 134 / 3
        assertThat(WeightedScore.of(List.of(new CriterionLevel(34, 1), new CriterionLevel(33, 2),
                new CriterionLevel(33, 0)), 4).points()).isEqualTo(25.0);
        assertThat(WeightedScore.of(List.of(new CriterionLevel(34, 2), new CriterionLevel(33, 1),
                new CriterionLevel(33, 1)), 3).points()).isCloseTo(44.667, within(0.001));
    }

    @Test
    void weightsMustSumToOneHundredAndLevelsFitTheScale() {
        assertThatThrownBy(() -> WeightedScore.of(List.of(new CriterionLevel(50, 1), new CriterionLevel(40, 1)), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedScore.of(List.of(new CriterionLevel(100, 5)), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
