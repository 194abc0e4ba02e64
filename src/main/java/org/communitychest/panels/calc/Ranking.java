package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bids in the published order (scoring spec section 7): higher score, then higher median score, then higher score on
 * the round's first criterion, then lower cost, then a seeded lottery. Scores are compared to six decimals, so two
 * figures that differ only by the arithmetic of averaging count as equal. The lottery shuffles the bids, in order of
 * id, with {@link java.util.Random} (whose algorithm Java fixes) and the given seed: the same bids and seed always
 * give the same draws, so a logged seed repeats the run exactly.
 *
 * @param seed the lottery's seed
 * @param places best first; rank 1..n, no two alike
 */
public record Ranking(long seed, List<Place> places) {

    private static final double SCORE_PRECISION = 1e6;

    /** What a bid is ranked on: its score, median score, score on the first criterion and cost. */
    public record Bid(long bidId, double score, double median, double firstCriterionScore, long costPence) {
    }

    /** Which step of the order put a bid below the one ranked just above it ({@code TOP} for the first). */
    public enum DecidedBy { TOP, SCORE, MEDIAN, FIRST_CRITERION, COST, LOTTERY }

    /** {@code lotteryDraw} 1..n, lower first, used only when everything before it is equal. */
    public record Place(int rank, Bid bid, int lotteryDraw, DecidedBy decidedBy) {
    }

    public Ranking {
        places = List.copyOf(places);
    }

    public static Ranking of(List<Bid> bids, long seed) {
        List<Long> ids = bids.stream().map(Bid::bidId).sorted().toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("a bid is given twice");
        }
        List<Long> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(seed));
        Map<Long, Integer> draws = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            draws.put(shuffled.get(i), i + 1);
        }
        List<Bid> ordered = bids.stream().sorted(Comparator.<Bid>comparingLong(b -> -rounded(b.score()))
                .thenComparingLong(b -> -rounded(b.median()))
                .thenComparingLong(b -> -rounded(b.firstCriterionScore()))
                .thenComparingLong(Bid::costPence)
                .thenComparingInt(b -> draws.get(b.bidId()))).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Bid bid = ordered.get(i);
            places.add(new Place(i + 1, bid, draws.get(bid.bidId()), i == 0 ? DecidedBy.TOP
                    : decidedBy(ordered.get(i - 1), bid)));
        }
        return new Ranking(seed, places);
    }

    private static DecidedBy decidedBy(Bid above, Bid below) {
        if (rounded(above.score()) != rounded(below.score())) {
            return DecidedBy.SCORE;
        }
        if (rounded(above.median()) != rounded(below.median())) {
            return DecidedBy.MEDIAN;
        }
        if (rounded(above.firstCriterionScore()) != rounded(below.firstCriterionScore())) {
            return DecidedBy.FIRST_CRITERION;
        }
        return above.costPence() != below.costPence() ? DecidedBy.COST : DecidedBy.LOTTERY;
    }

    private static long rounded(double score) {
        return Math.round(score * SCORE_PRECISION);
    }

    public Place place(long bidId) {
        return places.stream().filter(p -> p.bid().bidId() == bidId).findFirst().orElseThrow();
    }
}
