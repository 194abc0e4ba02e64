package org.communitychest.monitoring.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeResultsTest {

    @Test
    void swemwbsChangeIsTheMeanOfTheMetricDifferencesWithAPairedTInterval() {
        // raw → metric: 14 → 17 is 15.32 → 16.88 (+1.56); 18 → 22 is 17.43 → 19.98 (+2.55);
        // 20 → 25 is 18.59 → 22.35 (+3.76); 21 → 21 (0); 11 → 16 is 13.33 → 16.36 (+3.03).
        // mean 10.90 / 5 = 2.18; squared deviations .3844 + .1369 + 2.4964 + 4.7524 + .7225 = 8.4926;
        // sd = √(8.4926 / 4) = 1.457103; half width = 2.776445 × 1.457103 / √5 = 1.809233.
        var measurements = new ArrayList<Measurement>();
        int[][] rawScores = {{14, 17}, {18, 22}, {20, 25}, {21, 21}, {11, 16}};
        for (int i = 0; i < rawScores.length; i++) {
            measurements.add(swemwbs("P" + i, Stage.BASELINE, rawScores[i][0]));
            measurements.add(swemwbs("P" + i, Stage.FOLLOW_UP, rawScores[i][1]));
        }

        var result = reported(OutcomeResults.forProject(measurements), OutcomeMeasure.SWEMWBS);

        assertThat(result.change().pairs()).isEqualTo(5);
        assertThat(result.change().mean()).isCloseTo(2.18, within(1e-9));
        assertThat(result.change().standardDeviation()).isCloseTo(1.457103, within(1e-6));
        assertThat(result.change().lower95()).isCloseTo(0.370767, within(1e-6));
        assertThat(result.change().upper95()).isCloseTo(3.989233, within(1e-6));
        assertThat(result.shareRoseMeaningfully()).as("+3.76 and +3.03 of five").hasValue(0.4);
        assertThat(result.lowerIsBetter()).isFalse();
    }

    @Test
    void eachOns4ItemIsReportedOnItsOwnAndForAnxietyAFallIsAnImprovement() {
        // anxiety 6 → 3, 5 → 3, 7 → 6, 4 → 4, 5 → 3, 8 → 4: changes −3 −2 −1 0 −2 −4, mean −2;
        // squared deviations 1 + 0 + 1 + 4 + 0 + 4 = 10, sd = √(10 / 5) = 1.414214;
        // half width = 2.570582 × 1.414214 / √6 = 1.484126.
        int[][] anxiety = {{6, 3}, {5, 3}, {7, 6}, {4, 4}, {5, 3}, {8, 4}};
        var measurements = new ArrayList<Measurement>();
        for (int i = 0; i < anxiety.length; i++) {
            measurements.add(ons4("P" + i, Stage.BASELINE, Ons4.of(5, 5, null, anxiety[i][0])));
            measurements.add(ons4("P" + i, Stage.FOLLOW_UP, Ons4.of(7, 5, 6, anxiety[i][1])));
        }

        var results = OutcomeResults.forProject(measurements);
        var anxious = reported(results, OutcomeMeasure.ONS4_ANXIOUS);

        assertThat(anxious.lowerIsBetter()).isTrue();
        assertThat(anxious.change().mean()).isCloseTo(-2, within(1e-9));
        assertThat(anxious.change().lower95()).isCloseTo(-3.484126, within(1e-6));
        assertThat(anxious.change().upper95()).isCloseTo(-0.515874, within(1e-6));
        assertThat(anxious.shareRoseMeaningfully()).isEmpty();
        assertThat(reported(results, OutcomeMeasure.ONS4_SATISFIED).change().mean()).isEqualTo(2);
        assertThat(reported(results, OutcomeMeasure.ONS4_WORTHWHILE).change().upper95()).isZero();
        assertThat(results.result(OutcomeMeasure.ONS4_HAPPY).tooFewToReport()).as("no baseline answers").isTrue();
        assertThat(results.result(OutcomeMeasure.SWEMWBS).tooFewToReport()).isTrue();
    }

    @Test
    void fewerThanFiveMatchedPairsAreTooFewToReport() {
        var measurements = new ArrayList<Measurement>();
        for (int i = 0; i < 4; i++) {
            measurements.add(swemwbs("P" + i, Stage.BASELINE, 14));
            measurements.add(swemwbs("P" + i, Stage.FOLLOW_UP, 20));
        }
        measurements.add(swemwbs("P9", Stage.BASELINE, 14));
        measurements.add(swemwbs("P10", Stage.FOLLOW_UP, 14));
        measurements.add(swemwbs("P11", Stage.BASELINE, 14));
        measurements.add(new Measurement(ParticipantCode.of("P11"), Stage.FOLLOW_UP, Optional.empty(), Ons4.NONE,
                Swemwbs.of(3, 3, 3, 3, 3, 3, null)));

        var result = OutcomeResults.forProject(measurements).result(OutcomeMeasure.SWEMWBS);

        assertThat(result).isEqualTo(new MeasureResult.TooFewToReport(OutcomeMeasure.SWEMWBS));
        assertThat(result.tooFewToReport()).isTrue();
    }

    @Test
    void aRoundPairsEachParticipantWithinTheirOwnProject() {
        var first = new ArrayList<Measurement>();
        var second = new ArrayList<Measurement>();
        for (int i = 0; i < 3; i++) {
            first.add(swemwbs("P" + i, Stage.BASELINE, 14));
            first.add(swemwbs("P" + i, Stage.FOLLOW_UP, 18));
        }
        for (int i = 0; i < 2; i++) {
            second.add(swemwbs("P" + i, Stage.BASELINE, 20));
            second.add(swemwbs("P" + i, Stage.FOLLOW_UP, 20));
        }
        first.add(swemwbs("AB-001", Stage.BASELINE, 7));
        second.add(swemwbs("AB-001", Stage.FOLLOW_UP, 35));

        var round = OutcomeResults.forRound(List.of(new ProjectMeasurements(1, first),
                new ProjectMeasurements(2, second)));
        var result = reported(round, OutcomeMeasure.SWEMWBS);

        assertThat(result.change().pairs()).as("3 + 2, AB-001 unmatched in both").isEqualTo(5);
        // 14 → 18 is 15.32 → 17.43 (+2.11) three times, 20 → 20 twice: mean 6.33 / 5
        assertThat(result.change().mean()).isCloseTo(1.266, within(1e-9));
        assertThat(result.shareRoseMeaningfully()).hasValue(0.0);
        assertThat(OutcomeResults.forProject(first).result(OutcomeMeasure.SWEMWBS).tooFewToReport()).isTrue();
    }

    @Test
    void aParticipantMeasuredTwiceAtOneStageIsRefused() {
        var twice = List.of(swemwbs("P1", Stage.BASELINE, 14), swemwbs("p1", Stage.BASELINE, 15));

        assertThatThrownBy(() -> OutcomeResults.forProject(twice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thereIsAResultForEveryMeasureInOrder() {
        assertThat(OutcomeResults.forProject(List.of()).measures()).extracting(MeasureResult::measure)
                .containsExactly(OutcomeMeasure.values());
    }

    private static MeasureResult.Reported reported(OutcomeResults results, OutcomeMeasure measure) {
        var result = results.result(measure);
        assertThat(result).isInstanceOf(MeasureResult.Reported.class);
        return (MeasureResult.Reported) result;
    }

    /** A measurement whose SWEMWBS answers add up to the raw score. */
    private static Measurement swemwbs(String code, Stage stage, int rawScore) {
        var answers = new Integer[7];
        int left = rawScore - 7;
        for (int i = 0; i < answers.length; i++) {
            int extra = Math.min(4, left);
            answers[i] = 1 + extra;
            left -= extra;
        }
        var swemwbs = Swemwbs.of(answers);
        assertThat(swemwbs.rawScore()).hasValue(rawScore);
        return new Measurement(ParticipantCode.of(code), stage, Optional.empty(), Ons4.NONE, swemwbs);
    }

    private static Measurement ons4(String code, Stage stage, Ons4 ons4) {
        return new Measurement(ParticipantCode.of(code), stage, Optional.empty(), ons4, Swemwbs.NONE);
    }
}
