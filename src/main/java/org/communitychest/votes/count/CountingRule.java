package org.communitychest.votes.count;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The counting rules, by the names Pabulib files give them in META {@code rule}. */
public enum CountingRule {
    EQUAL_SHARES_ADD1("equalshares/add1", EqualShares::count), // not user text: a Pabulib rule name
    EQUAL_SHARES("equalshares", EqualShares::withoutCompletion), // not user text: a Pabulib rule name
    GREEDY("greedy", GreedyByApprovals::count); // not user text: a Pabulib rule name

    private final String pabulibName;
    private final Function<ApprovalElection, VoteCount> count;

    CountingRule(String pabulibName, Function<ApprovalElection, VoteCount> count) {
        this.pabulibName = pabulibName;
        this.count = count;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public VoteCount count(ApprovalElection election) {
        return count.apply(election);
    }

    public static Optional<CountingRule> byPabulibName(String name) {
        String wanted = name.strip();
        return Arrays.stream(values()).filter(r -> r.pabulibName.equalsIgnoreCase(wanted)).findFirst();
    }
}
