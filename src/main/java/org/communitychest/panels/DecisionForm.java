package org.communitychest.panels;

import java.util.List;
import java.util.Set;
import org.communitychest.base.Money;

/**
 * What the officer records for the panel: the list it chose, how many members were present (none conflicted with
 * the whole round), who voted for the list, and any bid whose outcome departs from the list, each with a reason.
 */
public record DecisionForm(AllocationMethod method, int membersPresent, Set<Long> votedFor,
        List<Override> overrides) {

    /** One bid decided otherwise than the chosen list says. */
    public record Override(long applicationId, BidOutcome outcome, Money amount, String reason) {
    }
}
