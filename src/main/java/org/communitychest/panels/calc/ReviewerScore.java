package org.communitychest.panels.calc;

/**
 * One valid score set, reduced to its weighted score: reviewer {@code reviewerId} gave bid {@code bidId} the score
 * {@code score} (0–100, see {@link WeightedScore}). Recused reviewers and unsubmitted sets are simply not given.
 */
public record ReviewerScore(long reviewerId, long bidId, double score) {

    public ReviewerScore {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be a number: " + score);
        }
    }
}
