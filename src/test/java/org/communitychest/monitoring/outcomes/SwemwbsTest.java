package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;

class SwemwbsTest {

    /** The spec's conversion table, raw score then metric score, copied from outcomes.md. */
    private static final String SPEC_TABLE = """
            | 7 | 7.00 | 17 | 16.88 | 27 | 24.11 |
            | 8 | 9.51 | 18 | 17.43 | 28 | 25.03 |
            | 9 | 11.25 | 19 | 17.98 | 29 | 26.02 |
            | 10 | 12.40 | 20 | 18.59 | 30 | 27.03 |
            | 11 | 13.33 | 21 | 19.25 | 31 | 28.13 |
            | 12 | 14.08 | 22 | 19.98 | 32 | 29.31 |
            | 13 | 14.75 | 23 | 20.73 | 33 | 30.70 |
            | 14 | 15.32 | 24 | 21.54 | 34 | 32.55 |
            | 15 | 15.84 | 25 | 22.35 | 35 | 35.00 |
            | 16 | 16.36 | 26 | 23.21 | | |
            """;

    @Test
    void everyRawScoreConvertsAsTheSpecsTableSays() {
        Map<Integer, Double> table = new LinkedHashMap<>();
        for (String row : SPEC_TABLE.strip().split("\n")) {
            String[] cells = row.replace("|", " ").trim().split("\\s+");
            for (int i = 0; i + 1 < cells.length; i += 2) {
                table.put(Integer.valueOf(cells[i]), Double.valueOf(cells[i + 1]));
            }
        }

        assertThat(table).hasSize(29).containsKeys(7, 35);
        table.forEach((raw, metric) -> assertThat(Swemwbs.metricScore(raw)).as("raw %d", raw).isEqualTo(metric));
    }

    @Test
    void thereIsNoMetricScoreOutside7To35() {
        assertThatThrownBy(() -> Swemwbs.metricScore(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Swemwbs.metricScore(36)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRawScoreIsTheSumOfTheSevenAnswers() {
        var swemwbs = Swemwbs.of(3, 4, 2, 5, 1, 3, 4);

        assertThat(swemwbs.rawScore()).hasValue(22);
        assertThat(swemwbs.metricScore()).hasValue(19.98);
        assertThat(Swemwbs.of(1, 1, 1, 1, 1, 1, 1).metricScore()).hasValue(7.00);
        assertThat(Swemwbs.of(5, 5, 5, 5, 5, 5, 5).metricScore()).hasValue(35.00);
    }

    @Test
    void withAnyAnswerMissingThereIsNoScore() {
        var swemwbs = Swemwbs.of(3, 4, 2, 5, null, 3, 4);

        assertThat(swemwbs.rawScore()).isEmpty();
        assertThat(swemwbs.metricScore()).isEmpty();
        assertThat(swemwbs.isEmpty()).isFalse();
        assertThat(Swemwbs.NONE.metricScore()).isEmpty();
    }

    @Test
    void answersGoFrom1To5AndEachBadOneIsNamed() {
        assertThatThrownBy(() -> Swemwbs.of(6, 3, 3, 0, 3, 3, 3)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("swemwbs_1", "swemwbs_4")
                        .containsEntry("swemwbs_1", Message.of("outcomes.answer.out-of-range", 6, 1, 5)));
        assertThatThrownBy(() -> Swemwbs.of(3, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatementsAreNumbered1To7AsTheFilesColumns() {
        assertThat(SwemwbsItem.OPTIMISTIC.column()).isEqualTo("swemwbs_1");
        assertThat(SwemwbsItem.OWN_MIND.column()).isEqualTo("swemwbs_7");
        assertThat(SwemwbsItem.values()).hasSize(7);
    }

    @Test
    void theAnswersScore1To5FromNoneOfTheTime() {
        assertThat(SwemwbsAnswer.of(1)).isEqualTo(SwemwbsAnswer.NONE_OF_THE_TIME);
        assertThat(SwemwbsAnswer.of(3)).isEqualTo(SwemwbsAnswer.SOME_OF_THE_TIME);
        assertThat(SwemwbsAnswer.of(5)).isEqualTo(SwemwbsAnswer.ALL_OF_THE_TIME);
        assertThat(SwemwbsAnswer.RARELY.label()).isEqualTo(Message.of("outcomes.swemwbs.answer.rarely"));
        assertThatThrownBy(() -> SwemwbsAnswer.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRiseOf3OrMoreIsMeaningfulCountedInHundredths() {
        assertThat(Swemwbs.roseMeaningfully(Swemwbs.metricScore(11), Swemwbs.metricScore(16))).as("+3.03").isTrue();
        assertThat(Swemwbs.roseMeaningfully(Swemwbs.metricScore(20), Swemwbs.metricScore(24))).as("+2.95")
                .isFalse();
        assertThat(16.33 - 13.33).as("what floating point makes of 3.00").isLessThan(3);
        assertThat(Swemwbs.roseMeaningfully(13.33, 16.33)).as("+3.00").isTrue();
        assertThat(Swemwbs.roseMeaningfully(16.36, 13.33)).as("a fall").isFalse();
    }
}
