package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reviewer calibration (scoring spec section 4), with every figure behind it.
 *
 * <ul>
 * <li>Complete design (every reviewer scored every bid): {@code S' = μ + σ · (S − μ_r) / σ_r}, where μ and σ are
 * the mean and SD of all the panel's raw scores and μ_r, σ_r the reviewer's own.</li>
 * <li>Incomplete design: additive bias {@code bias_r = mean_{b∈B_r}(S_rb − m_b)}, {@code S' = S − bias_r}, where
 * {@code m_b} is the bid's mean calibrated score; bid means and biases are updated in turn, starting from no bias,
 * until no bias changes by {@value #CONVERGED} or more. Starting from zero, the biases weighted by the number of
 * scores always sum to zero, so the panel's overall mean is kept.</li>
 * </ul>
 * SDs are sample SDs (divided by n − 1), for the reviewer and the panel alike. A reviewer with σ_r = 0 or fewer than
 * {@value #MINIMUM_BIDS} scored bids is not calibrated: their scores count as they are ({@code S' = S}, bias 0) in
 * every bid mean, including the bid means the other reviewers' biases are measured against. Bid means are averages
 * over the reviewers who scored the bid, never sums. Calibrated scores are not clamped, so they may fall a little
 * outside 0–100.
 *
 * @param design complete or incomplete
 * @param panelMean mean of all raw scores (μ)
 * @param panelSd sample SD of all raw scores (σ)
 * @param iterations bias rounds run (0 for a complete design)
 * @param converged false only if the bias rounds stopped at {@value #MAXIMUM_ROUNDS} without settling
 * @param reviewers by reviewer id
 * @param scores by reviewer id, then bid id
 * @param bids by bid id
 */
public record Calibration(Design design, double panelMean, double panelSd, int iterations, boolean converged,
                          List<Reviewer> reviewers, List<CalibratedScore> scores, List<BidMeans> bids) {

    static final int MINIMUM_BIDS = 5;
    static final double CONVERGED = 0.01;
    static final int MAXIMUM_ROUNDS = 10_000;

    /** Which formula was used: {@code COMPLETE} z-scores, {@code INCOMPLETE} additive bias. */
    public enum Design { COMPLETE, INCOMPLETE }

    /** Why a reviewer's scores were left as they are. */
    public enum NotCalibratedBecause { FEWER_THAN_FIVE_BIDS, NO_SPREAD }

    /**
     * One reviewer's figures. {@code bias} is the additive bias (incomplete design; 0 otherwise and when not
     * calibrated); for the complete design the z parameters are {@code mean} and {@code sd} with the panel's μ and σ.
     *
     * @param notCalibratedBecause empty when calibrated
     */
    public record Reviewer(long reviewerId, int bidsScored, double mean, double sd, double bias,
                           Set<NotCalibratedBecause> notCalibratedBecause) {

        public Reviewer {
            notCalibratedBecause = notCalibratedBecause.isEmpty() ? Set.of() : Set.copyOf(notCalibratedBecause);
        }

        public boolean calibrated() {
            return notCalibratedBecause.isEmpty();
        }
    }

    /** One score before and after calibration; {@code z} is NaN outside the complete design. */
    public record CalibratedScore(long reviewerId, long bidId, double raw, double z, double calibrated) {
    }

    /** A bid's means over the reviewers who scored it. */
    public record BidMeans(long bidId, int reviewers, double rawMean, double calibratedMean) {
    }

    public Calibration {
        reviewers = List.copyOf(reviewers);
        scores = List.copyOf(scores);
        bids = List.copyOf(bids);
    }

    public static Calibration of(List<ReviewerScore> input) {
        Map<Long, Map<Long, Double>> byReviewer = new TreeMap<>();
        Set<Long> bidIds = new HashSet<>();
        for (ReviewerScore s : input) {
            if (byReviewer.computeIfAbsent(s.reviewerId(), r -> new TreeMap<>()).put(s.bidId(), s.score()) != null) {
                throw new IllegalArgumentException("two scores from one reviewer for one bid: " + s);
            }
            bidIds.add(s.bidId());
        }
        boolean complete = byReviewer.values().stream().allMatch(bids -> bids.size() == bidIds.size());
        List<Double> all = input.stream().map(ReviewerScore::score).toList();
        double panelMean = Statistics.mean(all);
        double panelSd = Statistics.sampleSd(all);

        Map<Long, Double> means = new LinkedHashMap<>();
        Map<Long, Double> sds = new LinkedHashMap<>();
        Map<Long, Set<NotCalibratedBecause>> reasons = new LinkedHashMap<>();
        byReviewer.forEach((reviewer, bids) -> {
            means.put(reviewer, Statistics.mean(bids.values()));
            double sd = Statistics.sampleSd(bids.values());
            sds.put(reviewer, sd);
            var why = EnumSet.noneOf(NotCalibratedBecause.class);
            if (bids.size() < MINIMUM_BIDS) {
                why.add(NotCalibratedBecause.FEWER_THAN_FIVE_BIDS);
            }
            if (sd == 0) {
                why.add(NotCalibratedBecause.NO_SPREAD);
            }
            reasons.put(reviewer, why);
        });

        Map<Long, Double> bias = new TreeMap<>();
        byReviewer.keySet().forEach(r -> bias.put(r, 0.0));
        int rounds = 0;
        boolean converged = true;
        if (!complete) {
            converged = false;
            while (!converged && rounds < MAXIMUM_ROUNDS) {
                rounds++;
                Map<Long, Double> bidMeans = bidMeans(byReviewer, bias);
                double largestChange = 0;
                for (var reviewer : byReviewer.entrySet()) {
                    if (!reasons.get(reviewer.getKey()).isEmpty()) {
                        continue;
                    }
                    double next = reviewer.getValue().entrySet().stream()
                            .mapToDouble(e -> e.getValue() - bidMeans.get(e.getKey())).average().orElse(0);
                    largestChange = Math.max(largestChange, Math.abs(next - bias.get(reviewer.getKey())));
                    bias.put(reviewer.getKey(), next);
                }
                converged = largestChange < CONVERGED;
            }
        }

        List<Reviewer> reviewers = new ArrayList<>();
        List<CalibratedScore> scores = new ArrayList<>();
        byReviewer.forEach((reviewer, bids) -> {
            var why = reasons.get(reviewer);
            double mean = means.get(reviewer);
            double sd = sds.get(reviewer);
            reviewers.add(new Reviewer(reviewer, bids.size(), mean, sd, bias.get(reviewer), why));
            bids.forEach((bid, raw) -> {
                double z = complete && why.isEmpty() ? (raw - mean) / sd : Double.NaN;
                double calibrated = !why.isEmpty() ? raw
                        : complete ? panelMean + panelSd * z : raw - bias.get(reviewer);
                scores.add(new CalibratedScore(reviewer, bid, raw, z, calibrated));
            });
        });
        return new Calibration(complete ? Design.COMPLETE : Design.INCOMPLETE, panelMean, panelSd, rounds, converged,
                reviewers, scores, bidSummaries(scores));
    }

    /** Each bid's mean of {@code S − bias_r} over its reviewers. */
    private static Map<Long, Double> bidMeans(Map<Long, Map<Long, Double>> byReviewer, Map<Long, Double> bias) {
        Map<Long, double[]> sums = new TreeMap<>();
        byReviewer.forEach((reviewer, bids) -> bids.forEach((bid, raw) -> {
            double[] sum = sums.computeIfAbsent(bid, b -> new double[2]);
            sum[0] += raw - bias.get(reviewer);
            sum[1]++;
        }));
        Map<Long, Double> means = new TreeMap<>();
        sums.forEach((bid, sum) -> means.put(bid, sum[0] / sum[1]));
        return means;
    }

    private static List<BidMeans> bidSummaries(List<CalibratedScore> scores) {
        Map<Long, List<CalibratedScore>> byBid = new TreeMap<>();
        scores.forEach(s -> byBid.computeIfAbsent(s.bidId(), b -> new ArrayList<>()).add(s));
        return byBid.entrySet().stream().map(e -> new BidMeans(e.getKey(), e.getValue().size(),
                e.getValue().stream().mapToDouble(CalibratedScore::raw).average().orElseThrow(),
                e.getValue().stream().mapToDouble(CalibratedScore::calibrated).average().orElseThrow()))
                .sorted(Comparator.comparingLong(BidMeans::bidId)).toList();
    }

    /** The calibrated score of one reviewer's bid. */
    public double calibrated(long reviewerId, long bidId) {
        return scores.stream().filter(s -> s.reviewerId() == reviewerId && s.bidId() == bidId).findFirst()
                .orElseThrow().calibrated();
    }

    public Reviewer reviewer(long reviewerId) {
        return reviewers.stream().filter(r -> r.reviewerId() == reviewerId).findFirst().orElseThrow();
    }

    public BidMeans bid(long bidId) {
        return bids.stream().filter(b -> b.bidId() == bidId).findFirst().orElseThrow();
    }
}
