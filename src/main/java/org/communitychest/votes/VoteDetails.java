package org.communitychest.votes;

import org.communitychest.rounds.DecisionMode;
import java.time.Instant;
import java.util.List;
import org.communitychest.base.Money;

/** A vote as the officer sees it: its settings, its state and its turnout (how many have voted, never how). */
public record VoteDetails(long id, long roundId, DecisionMode mode, VoteState state, Instant opensAt,
        Instant closesAt, Instant closedAt, Money pot, int minTicks, int maxTicks, boolean applicantsVote,
        List<Long> bids, long voters, long voted, long ballots) {
}
