package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedChangeTest {

    @Test
    void theTQuantilesAreRsQt0975() {
        assertThat(PairedChange.tQuantile(1)).isCloseTo(12.706205, within(1e-6));
        assertThat(PairedChange.tQuantile(4)).as("n = 5").isCloseTo(2.776445, within(1e-6));
        assertThat(PairedChange.tQuantile(5)).as("n = 6").isCloseTo(2.570582, within(1e-6));
        assertThat(PairedChange.tQuantile(29)).isCloseTo(2.045230, within(1e-6));
    }

    @Test
    void theIntervalIsTheMeanPlusOrMinusTTimesTheStandardError() {
        // differences 1..5: mean 3; squared deviations 4+1+0+1+4 = 10, sd = √(10/4) = 1.581139;
        // half width = 2.776445 × 1.581139 / √5 = 1.963243
        var change = PairedChange.of(new double[] {1, 2, 3, 4, 5});

        assertThat(change.pairs()).isEqualTo(5);
        assertThat(change.mean()).isEqualTo(3);
        assertThat(change.standardDeviation()).isCloseTo(1.581139, within(1e-6));
        assertThat(change.lower95()).isCloseTo(3 - 1.963243, within(1e-6));
        assertThat(change.upper95()).isCloseTo(3 + 1.963243, within(1e-6));
    }

    @Test
    void theSameChangeForEveryoneHasNoWidth() {
        var change = PairedChange.of(new double[] {2, 2, 2, 2, 2});

        assertThat(change.lower95()).isEqualTo(2);
        assertThat(change.upper95()).isEqualTo(2);
    }

    @Test
    void needsTwoPairsAtLeast() {
        assertThatThrownBy(() -> PairedChange.of(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
