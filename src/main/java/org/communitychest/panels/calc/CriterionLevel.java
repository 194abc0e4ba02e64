package org.communitychest.panels.calc;

/**
 * One criterion of a reviewer's score set: the criterion's weight (an integer percentage; a round's weights sum to
 * 100) and the level the reviewer gave it.
 */
public record CriterionLevel(int weightPercent, int level) {
}
