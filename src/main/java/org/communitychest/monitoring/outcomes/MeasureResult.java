package org.communitychest.monitoring.outcomes;

import java.util.OptionalDouble;
import org.communitychest.base.Message;

/**
 * The change in one measure over the matched participants: those with a value at both baseline and follow-up.
 * With fewer than {@link OutcomeResults#MINIMUM_PAIRS} pairs no figure is given at all, not even the number of
 * pairs: so few people could be recognised, and their mean says little.
 */
public sealed interface MeasureResult {

    /** What a result without figures says instead. */
    Message TOO_FEW_TO_REPORT = Message.of("outcomes.results.too-few");
    /** The note beside a measure where a fall is an improvement ({@link #lowerIsBetter()}). */
    Message A_FALL_IS_AN_IMPROVEMENT = Message.of("outcomes.results.lower-is-better");

    OutcomeMeasure measure();

    boolean tooFewToReport();

    /** Whether a negative change is an improvement (anxiety). */
    default boolean lowerIsBetter() {
        return measure().lowerIsBetter();
    }

    /**
     * @param change the mean change (follow-up minus baseline) and its 95% confidence interval
     * @param shareRoseMeaningfully for SWEMWBS, the share (0 to 1) of matched participants whose metric score rose
     *                              by at least {@link Swemwbs#MEANINGFUL_RISE}; empty for ONS4
     */
    record Reported(OutcomeMeasure measure, PairedChange change, OptionalDouble shareRoseMeaningfully)
            implements MeasureResult {

        @Override
        public boolean tooFewToReport() {
            return false;
        }
    }

    record TooFewToReport(OutcomeMeasure measure) implements MeasureResult {

        @Override
        public boolean tooFewToReport() {
            return true;
        }
    }
}
