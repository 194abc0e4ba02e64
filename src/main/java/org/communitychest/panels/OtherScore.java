package org.communitychest.panels;

import java.util.List;

/**
 * Another panellist's submitted scores of a bid, shown only after the reader has submitted their own; named by
 * number, never by name, to other panellists.
 */
public record OtherScore(int number, double weightedScore, List<CriterionScore> scores) {
}
