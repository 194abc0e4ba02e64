package org.communitychest.monitoring.outcomes;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.communitychest.base.Message;

/**
 * One person's answers to the Short Warwick-Edinburgh Mental Wellbeing Scale at one stage. The raw score is the
 * sum of the seven answers (7 to 35) and exists only when all seven are given; it converts to the metric score
 * with the scale's published table, on which changes are measured.
 *
 * @param answers by statement; out-of-range answers are refused with an {@code InvalidInputException} naming each
 *                statement's column
 */
public record Swemwbs(Map<SwemwbsItem, Integer> answers) {

    /** No SWEMWBS answers: a measurement of ONS4 only. */
    public static final Swemwbs NONE = new Swemwbs(Map.of());
    /** The instruction shown above the seven statements. */
    public static final Message STEM = Message.of("outcomes.swemwbs.stem");
    /** The line the scale's owners require wherever the scale is shown. */
    public static final Message COPYRIGHT = Message.of("outcomes.swemwbs.copyright");
    public static final int LOWEST_RAW_SCORE = 7;
    public static final int HIGHEST_RAW_SCORE = 35;
    /** A rise in the metric score of at least this much is commonly taken as a meaningful change. */
    public static final double MEANINGFUL_RISE = 3;

    /** The metric score in hundredths for each raw score from 7 to 35 (the spec's conversion table). */
    private static final int[] METRIC_HUNDREDTHS = {
        700, 951, 1125, 1240, 1333, 1408, 1475, 1532, 1584, 1636,
        1688, 1743, 1798, 1859, 1925, 1998, 2073, 2154, 2235, 2321,
        2411, 2503, 2602, 2703, 2813, 2931, 3070, 3255, 3500};

    public Swemwbs {
        answers = Answers.checked(SwemwbsItem.class, answers);
    }

    /** The seven answers in the scale's order; {@code null} where a statement was not answered. */
    public static Swemwbs of(Integer... answers) {
        return new Swemwbs(Answers.inOrder(SwemwbsItem.values(), answers));
    }

    /** The sum of the seven answers, or empty when any is missing. */
    public OptionalInt rawScore() {
        if (answers.size() < SwemwbsItem.values().length) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(answers.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The metric score, or empty when any answer is missing. */
    public OptionalDouble metricScore() {
        OptionalInt raw = rawScore();
        return raw.isPresent() ? OptionalDouble.of(metricScore(raw.getAsInt())) : OptionalDouble.empty();
    }

    /** The metric score of a raw score from 7 to 35. */
    public static double metricScore(int rawScore) {
        if (rawScore < LOWEST_RAW_SCORE || rawScore > HIGHEST_RAW_SCORE) {
            throw new IllegalArgumentException("not a SWEMWBS raw score: " + rawScore);
        }
        return METRIC_HUNDREDTHS[rawScore - LOWEST_RAW_SCORE] / 100.0;
    }

    /**
     * Whether the metric score rose by at least {@link #MEANINGFUL_RISE}. Compared in whole hundredths, as the
     * table gives them, so that a rise of exactly 3.00 counts whatever the floating point.
     */
    public static boolean roseMeaningfully(double baselineMetric, double followUpMetric) {
        return Math.round((followUpMetric - baselineMetric) * 100) >= Math.round(MEANINGFUL_RISE * 100);
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }
}
