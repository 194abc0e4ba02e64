package org.communitychest.panels;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitychest.base.Money;

/**
 * What the officer records from a residents' vote: the count chosen and the bids it funds, the vote's lottery seed
 * and pot, who approved the list (in the officer's words, such as the board that met), the feedback drafted for
 * each bid not funded, and any bid decided otherwise, each with its reason.
 */
public record VoteList(AllocationMethod method, long lotterySeed, Money pot, Set<Long> funded,
        Map<Long, String> feedback, String approvedBy, List<DecisionForm.Override> overrides) {
}
