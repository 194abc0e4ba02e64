package org.communitychest.panels;

import java.util.List;
import java.util.Map;
import org.communitychest.applications.EligibleBid;
import org.communitychest.panels.calc.Allocation;
import org.communitychest.rounds.RoundDetails;

/**
 * Greedy and optimal side by side for a round's ranked bids, with the bids each line names and those left out of
 * the allocation because no valid score set is in for them yet.
 */
public record AllocationResult(long panelId, RoundDetails round, Allocation allocation, Map<Long, EligibleBid> bids,
        List<EligibleBid> withoutScores) {

    public EligibleBid bid(long applicationId) {
        return bids.get(applicationId);
    }
}
