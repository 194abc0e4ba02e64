package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The moderation flags of each bid and each score (scoring spec sections 2 and 5), from the reviewers' weighted
 * scores (0–100).
 *
 * <ul>
 * <li>{@code DISCUSS}: the range of the bid's scores is at least two levels, {@code 2 · 100 / maxLevel} points (50
 * on a 0–4 scale, 40 on 1–5).</li>
 * <li>{@code TOO_FEW_REVIEWERS}: fewer than 3 valid score sets.</li>
 * <li>An outlier score: with more than 5 reviewers, the modified z-score {@code M = 0.6745 (x − median) / MAD} with
 * {@code |M| > 3.5}; with 5 or fewer, the gap from the mean of the bid's other scores (leave-one-out) over 25
 * points. When MAD is 0 (more than half the scores are the median), M cannot be formed, and the leave-one-out gap is
 * used instead, so a lone score far from a panel that otherwise agrees is flagged, and a small difference is not.
 * A bid with one score has nothing to compare it with and flags none.</li>
 * </ul>
 *
 * @param maxLevel the scale's highest level
 * @param bids by bid id
 */
public record ScoreFlags(int maxLevel, List<Bid> bids) {

    static final int FEWEST_REVIEWERS = 3;
    static final int SMALL_PANEL = 5;
    static final double MODIFIED_Z_LIMIT = 3.5;
    static final double LEAVE_ONE_OUT_LIMIT = 25;
    private static final double MODIFIED_Z_FACTOR = 0.6745;
    private static final double ROUNDING = 1e-9;

    public enum BidFlag { DISCUSS, TOO_FEW_REVIEWERS }

    /** How a score was checked: modified z-score, leave-one-out gap, or not at all (the bid's only score). */
    public enum OutlierTest { MODIFIED_Z, LEAVE_ONE_OUT, NONE }

    /**
     * One score's check: {@code statistic} is M for {@code MODIFIED_Z}, the signed gap {@code x − mean(others)} for
     * {@code LEAVE_ONE_OUT}, NaN for {@code NONE}; {@code limit} what |statistic| had to exceed.
     */
    public record Score(long reviewerId, double score, OutlierTest test, double statistic, double limit,
                        boolean outlier) {
    }

    /**
     * One bid: its range against the discuss threshold, median and MAD, its flags and its scores' checks (by
     * reviewer id).
     */
    public record Bid(long bidId, int reviewers, double lowest, double highest, double range,
                      double discussThreshold, double median, double mad, Set<BidFlag> flags, List<Score> scores) {

        public Bid {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
            scores = List.copyOf(scores);
        }

        public boolean hasOutlier() {
            return scores.stream().anyMatch(Score::outlier);
        }
    }

    public ScoreFlags {
        bids = List.copyOf(bids);
    }

    public static ScoreFlags of(List<ReviewerScore> scores, int maxLevel) {
        Map<Long, List<ReviewerScore>> byBid = new TreeMap<>();
        scores.forEach(s -> byBid.computeIfAbsent(s.bidId(), b -> new ArrayList<>()).add(s));
        double threshold = 2 * 100.0 / maxLevel;
        List<Bid> bids = new ArrayList<>();
        byBid.forEach((bidId, bidScores) -> {
            List<ReviewerScore> sorted = bidScores.stream()
                    .sorted(Comparator.comparingLong(ReviewerScore::reviewerId)).toList();
            double[] values = sorted.stream().mapToDouble(ReviewerScore::score).toArray();
            double lowest = Arrays.stream(values).min().orElseThrow();
            double highest = Arrays.stream(values).max().orElseThrow();
            double median = Statistics.median(values);
            double mad = Statistics.median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
            double total = Arrays.stream(values).sum();
            var flags = EnumSet.noneOf(BidFlag.class);
            if (highest - lowest >= threshold - ROUNDING) {
                flags.add(BidFlag.DISCUSS);
            }
            if (values.length < FEWEST_REVIEWERS) {
                flags.add(BidFlag.TOO_FEW_REVIEWERS);
            }
            List<Score> checks = new ArrayList<>();
            for (ReviewerScore s : sorted) {
                checks.add(check(s, values.length, median, mad, total));
            }
            bids.add(new Bid(bidId, values.length, lowest, highest, highest - lowest, threshold, median, mad, flags,
                    checks));
        });
        return new ScoreFlags(maxLevel, bids);
    }

    private static Score check(ReviewerScore s, int n, double median, double mad, double total) {
        double x = s.score();
        if (n < 2) {
            return new Score(s.reviewerId(), x, OutlierTest.NONE, Double.NaN, Double.NaN, false);
        }
        if (n > SMALL_PANEL && mad > ROUNDING) {
            double m = MODIFIED_Z_FACTOR * (x - median) / mad;
            return new Score(s.reviewerId(), x, OutlierTest.MODIFIED_Z, m, MODIFIED_Z_LIMIT,
                    Math.abs(m) > MODIFIED_Z_LIMIT);
        }
        double gap = x - (total - x) / (n - 1);
        return new Score(s.reviewerId(), x, OutlierTest.LEAVE_ONE_OUT, gap, LEAVE_ONE_OUT_LIMIT,
                Math.abs(gap) > LEAVE_ONE_OUT_LIMIT + ROUNDING);
    }

    public Bid bid(long bidId) {
        return bids.stream().filter(b -> b.bidId() == bidId).findFirst().orElseThrow();
    }
}
