package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Krippendorff's alpha with the interval metric (scoring spec section 5): units are bids, values are the reviewers'
 * scores, and a reviewer may have scored any subset of the bids. Only bids with two or more scores are pairable;
 * {@code n} counts their scores. {@code α = 1 − D_o / D_e} with
 * {@code D_o = (1/n) Σ_u Σ_{i≠j} (v_ui − v_uj)² / (m_u − 1)} and
 * {@code D_e = Σ_{i≠j} (v_i − v_j)² / (n (n − 1))} over the pairable values.
 *
 * @param alpha empty when it cannot be computed (see {@code notComputableBecause})
 * @param pairableUnits bids with two or more scores
 * @param pairableValues n
 * @param observedDisagreement D_o (NaN when there is no pairable bid)
 * @param expectedDisagreement D_e (NaN when there is no pairable bid)
 * @param notComputableBecause empty when alpha is there
 */
public record KrippendorffAlpha(OptionalDouble alpha, int pairableUnits, int pairableValues,
                                double observedDisagreement, double expectedDisagreement,
                                Optional<NotComputableBecause> notComputableBecause) {

    static final double RELIABLE = 0.80;
    static final double TENTATIVE = 0.667;

    /** How to read alpha: reliable (≥ 0.80), tentative (0.667 to 0.80), or discuss the criteria (below). */
    public enum Reading { RELIABLE, TENTATIVE, DISCUSS }

    /** No bid has two scores; or every pairable score is the same, so there is no disagreement to expect. */
    public enum NotComputableBecause { NO_PAIRABLE_BID, NO_VARIATION }

    public static KrippendorffAlpha of(List<ReviewerScore> scores) {
        Map<Long, List<Double>> byBid = new TreeMap<>();
        scores.forEach(s -> byBid.computeIfAbsent(s.bidId(), b -> new ArrayList<>()).add(s.score()));
        int units = 0;
        int n = 0;
        double within = 0;
        double sum = 0;
        double squares = 0;
        for (List<Double> values : byBid.values()) {
            int m = values.size();
            if (m < 2) {
                continue;
            }
            units++;
            n += m;
            within += pairDifferences(values) / (m - 1);
            for (double v : values) {
                sum += v;
                squares += v * v;
            }
        }
        if (units == 0) {
            return new KrippendorffAlpha(OptionalDouble.empty(), 0, 0, Double.NaN, Double.NaN,
                    Optional.of(NotComputableBecause.NO_PAIRABLE_BID));
        }
        double observed = within / n;
        double expected = 2 * (n * squares - sum * sum) / ((double) n * (n - 1));
        if (expected <= 1e-12) {
            return new KrippendorffAlpha(OptionalDouble.empty(), units, n, observed, 0,
                    Optional.of(NotComputableBecause.NO_VARIATION));
        }
        return new KrippendorffAlpha(OptionalDouble.of(1 - observed / expected), units, n, observed, expected,
                Optional.empty());
    }

    /** {@code Σ_{i≠j} (v_i − v_j)²}, every ordered pair, as {@code 2 (m Σv² − (Σv)²)}. */
    private static double pairDifferences(List<Double> values) {
        double sum = 0;
        double squares = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
        }
        return 2 * (values.size() * squares - sum * sum);
    }

    public Optional<Reading> reading() {
        if (alpha.isEmpty()) {
            return Optional.empty();
        }
        double a = alpha.getAsDouble();
        return Optional.of(a >= RELIABLE ? Reading.RELIABLE : a >= TENTATIVE ? Reading.TENTATIVE : Reading.DISCUSS);
    }
}
