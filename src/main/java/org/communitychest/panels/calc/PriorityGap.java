package org.communitychest.panels.calc;

/** A priority referral gap of the round: a need in an area. */
public record PriorityGap(long needId, long areaId) {
}
