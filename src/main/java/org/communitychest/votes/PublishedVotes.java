package org.communitychest.votes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.BidOutcome;
import org.communitychest.panels.PublishedDecisions;
import org.communitychest.rounds.Rounds;
import org.communitychest.votes.count.CountingRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A residents' vote's result and its anonymous ballots, open to anyone once the round's decision is released, so
 * that residents and researchers can read how the pot was shared and count it again. Before then there is none.
 */
@Service
public class PublishedVotes {

    private final VoteRepository votes;
    private final VoteCounting results;
    private final PublishedDecisions decisions;
    private final Rounds rounds;

    PublishedVotes(VoteRepository votes, VoteCounting results, PublishedDecisions decisions, Rounds rounds) {
        this.votes = votes;
        this.results = results;
        this.decisions = decisions;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedVote> ofRound(long roundId) {
        var vote = published(roundId);
        if (vote.isEmpty()) {
            return Optional.empty();
        }
        var decision = decisions.ofRound(roundId).orElseThrow();
        var result = results.count(vote.get());
        boolean equalShares = decision.method() == AllocationMethod.EQUAL_SHARES;
        Map<Long, Message> countSays = new HashMap<>();
        Map<Long, Long> approvals = new HashMap<>();
        result.greedy().funded().forEach(f -> approvals.put(f.bid().id(), f.approvals()));
        result.greedy().unfunded().forEach(u -> approvals.put(u.bid().id(), u.approvals()));
        if (equalShares) {
            result.equalShares().funded().forEach(f -> countSays.put(f.bid().id(),
                    Message.of("votes.result.funded-equal", f.supporters())));
            result.equalShares().unfunded().forEach(u -> countSays.put(u.bid().id(), u.reasonForEveryone(
                    result.pot())));
        } else {
            result.greedy().funded().forEach(f -> countSays.put(f.bid().id(),
                    Message.of("votes.result.funded-approvals", f.approvals(), f.moneyLeftBefore().toShortString())));
            result.greedy().unfunded().forEach(u -> countSays.put(u.bid().id(), u.reasonForEveryone(result.pot())));
        }
        var bids = new ArrayList<PublishedVote.Bid>();
        for (var bid : result.tieOrder()) {
            var line = decision.of(bid.id());
            bids.add(new PublishedVote.Bid(bid, approvals.getOrDefault(bid.id(), 0L), countSays.get(bid.id()),
                    line.map(l -> l.outcome()).orElse(BidOutcome.NOT_FUNDED),
                    line.map(l -> l.amount()).orElse(Money.ZERO), line.map(l -> l.overrideReason()).orElse(null)));
        }
        bids.sort(Comparator.comparing(PublishedVote.Bid::funded).reversed()
                .thenComparing(Comparator.comparingLong(PublishedVote.Bid::approvals).reversed()));
        var round = rounds.published(roundId);
        return Optional.of(new PublishedVote(roundId, round.title(), round.partnershipName(), result.ballots(),
                result.pot(), decision.method(), equalShares ? result.equalShares().share() : null,
                decision.releasedAt(), bids));
    }

    /**
     * The anonymous ballots as a Pabulib file, once the decision is released, with the rule of the count the
     * decision took and the bids it selected; empty before.
     */
    @Transactional(readOnly = true)
    public Optional<String> pabulib(long roundId) {
        return published(roundId).map(vote -> results.pabulib(vote, decisions.ofRound(roundId).orElseThrow()
                .method() == AllocationMethod.APPROVALS ? CountingRule.GREEDY : CountingRule.EQUAL_SHARES_ADD1));
    }

    private Optional<Vote> published(long roundId) {
        return votes.findByRoundId(roundId).filter(v -> v.getState() == VoteState.CLOSED)
                .filter(v -> decisions.ofRound(roundId).filter(d -> d.method().byVote()).isPresent());
    }
}
