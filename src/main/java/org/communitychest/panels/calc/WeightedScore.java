package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's score for a bid on the 0–100 scale: {@code S = 100 · Σ w_c · s_c / maxLevel} with the weights as
 * fractions, so each criterion contributes {@code weightPercent · level / maxLevel} points. The parts keep each
 * criterion's contribution so the screen can show where the points came from. On a 1–5 scale the lowest possible
 * score is {@code 100 / 5 = 20}, as the formula says.
 *
 * @param points the weighted score, 0–100
 * @param maxLevel the scale's highest level (4 for 0–4, 5 for 1–5)
 * @param parts one per criterion, in the order given
 */
public record WeightedScore(double points, int maxLevel, List<Part> parts) {

    /** One criterion's share of the score: {@code points = weightPercent · level / maxLevel}. */
    public record Part(int weightPercent, int level, double points) {
    }

    public WeightedScore {
        parts = List.copyOf(parts);
    }

    /**
     * @param levels the reviewer's level per criterion with the criterion's weight; the weights must sum to 100
     * @param maxLevel the scale's highest level; every level must lie in 0..maxLevel
     */
    public static WeightedScore of(List<CriterionLevel> levels, int maxLevel) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("maxLevel must be at least 1: " + maxLevel);
        }
        int weights = levels.stream().mapToInt(CriterionLevel::weightPercent).sum();
        if (weights != 100) {
            throw new IllegalArgumentException("weights must sum to 100, not " + weights);
        }
        long weighted = 0;
        var parts = new ArrayList<Part>(levels.size());
        for (CriterionLevel c : levels) {
            if (c.level() < 0 || c.level() > maxLevel || c.weightPercent() < 0) {
                throw new IllegalArgumentException("level or weight out of range: " + c);
            }
            weighted += (long) c.weightPercent() * c.level();
            parts.add(new Part(c.weightPercent(), c.level(), (double) c.weightPercent() * c.level() / maxLevel));
        }
        return new WeightedScore((double) weighted / maxLevel, maxLevel, parts);
    }
}
