package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.IntStream;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;

class Ons4Test {

    @Test
    void theFirstThreeItemsAreBandedLowMediumHighVeryHigh() {
        for (Ons4Item item : new Ons4Item[] {Ons4Item.SATISFIED, Ons4Item.WORTHWHILE, Ons4Item.HAPPY}) {
            assertThat(IntStream.rangeClosed(0, 10).mapToObj(item::band)).as(item.name()).containsExactly(
                    Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW,
                    Ons4Band.MEDIUM, Ons4Band.MEDIUM, Ons4Band.HIGH, Ons4Band.HIGH,
                    Ons4Band.VERY_HIGH, Ons4Band.VERY_HIGH);
            assertThat(item.lowerIsBetter()).isFalse();
        }
    }

    @Test
    void anxietyIsBandedVeryLowToHighAndAFallIsAnImprovement() {
        assertThat(IntStream.rangeClosed(0, 10).mapToObj(Ons4Item.ANXIOUS::band)).containsExactly(
                Ons4Band.VERY_LOW, Ons4Band.VERY_LOW, Ons4Band.LOW, Ons4Band.LOW, Ons4Band.MEDIUM, Ons4Band.MEDIUM,
                Ons4Band.HIGH, Ons4Band.HIGH, Ons4Band.HIGH, Ons4Band.HIGH, Ons4Band.HIGH);
        assertThat(Ons4Item.ANXIOUS.lowerIsBetter()).isTrue();
    }

    @Test
    void answersAreWholeNumbersFrom0To10() {
        assertThat(Ons4Item.HAPPY.problemWith(0)).isEmpty();
        assertThat(Ons4Item.HAPPY.problemWith(10)).isEmpty();
        assertThat(Ons4Item.HAPPY.problemWith(11)).contains(Message.of("outcomes.answer.out-of-range", 11, 0, 10));
        assertThat(Ons4Item.HAPPY.problemWith(-1)).isPresent();
        assertThatThrownBy(() -> Ons4Item.ANXIOUS.band(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachAnswerOutOfRangeIsRefusedOnItsOwnField() {
        assertThatThrownBy(() -> Ons4.of(11, 5, -1, 3)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("ons4_satisfied", "ons4_happy")
                        .containsEntry("ons4_satisfied", Message.of("outcomes.answer.out-of-range", 11, 0, 10)));
    }

    @Test
    void aQuestionMayBeLeftUnansweredAndTheOthersStillCount() {
        var ons4 = Ons4.of(7, null, 6, 2);

        assertThat(ons4.answer(Ons4Item.SATISFIED)).hasValue(7);
        assertThat(ons4.answer(Ons4Item.WORTHWHILE)).isEmpty();
        assertThat(ons4.answer(Ons4Item.ANXIOUS)).hasValue(2);
        assertThat(ons4.isEmpty()).isFalse();
        assertThat(Ons4.of(null, null, null, null)).isEqualTo(Ons4.NONE);
        assertThat(Ons4.NONE.isEmpty()).isTrue();
    }

    @Test
    void answersCannotBeChangedAfterwards() {
        var ons4 = new Ons4(new java.util.HashMap<>(Map.of(Ons4Item.HAPPY, 5)));

        assertThatThrownBy(() -> ons4.answers().put(Ons4Item.HAPPY, 9))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
