package org.communitychest.votes.count;

/**
 * A project funded by greedy counting.
 *
 * @param moneyLeftBefore what was left of the pot when its turn came
 */
public record FundedByApprovals(String projectId, long cost, long approvals, long moneyLeftBefore) {
}
