package org.communitychest.monitoring.outcomes;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The mean of paired differences (follow-up minus baseline) with its 95% confidence interval from the t
 * distribution with {@code n − 1} degrees of freedom: {@code mean ± t · sd / √n}, {@code sd} the sample standard
 * deviation of the differences.
 *
 * @param pairs n
 */
public record PairedChange(int pairs, double mean, double standardDeviation, double lower95, double upper95) {

    private static final double TWO_SIDED_95 = 0.975;

    /** Needs two differences at least: with one there is no spread to estimate. */
    public static PairedChange of(double[] differences) {
        if (differences.length < 2) {
            throw new IllegalArgumentException("a paired t interval needs 2 pairs or more, not " + differences.length);
        }
        var statistics = new SummaryStatistics();
        for (double difference : differences) {
            statistics.addValue(difference);
        }
        int n = differences.length;
        double mean = statistics.getMean();
        double sd = statistics.getStandardDeviation();
        double halfWidth = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new PairedChange(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }

    /** The two-sided 95% quantile of the t distribution. */
    static double tQuantile(int degreesOfFreedom) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(TWO_SIDED_95);
    }
}
