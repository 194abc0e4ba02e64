package org.communitychest.panels.calc;

import java.util.Arrays;
import java.util.Collection;

/** Means, sample standard deviations and medians of plain figures. */
final class Statistics {

    private Statistics() {
    }

    static double mean(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (divides by n − 1); 0 for fewer than two values. */
    static double sampleSd(Collection<Double> values) {
        int n = values.size();
        if (n < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1));
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
