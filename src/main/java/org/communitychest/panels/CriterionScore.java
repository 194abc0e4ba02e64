package org.communitychest.panels;

/** A criterion's level (null until chosen) and the panellist's comment on it. */
public record CriterionScore(long criterionId, Integer level, String comment) {
}
