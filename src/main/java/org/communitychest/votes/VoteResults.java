package org.communitychest.votes;

import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.votes.count.CountingRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A closed vote's result and Pabulib file for the partnership's officers, counted by {@link VoteCounting}. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class VoteResults {

    private final VoteRepository votes;
    private final VoteCounting counting;
    private final CurrentUser currentUser;

    VoteResults(VoteRepository votes, VoteCounting counting, CurrentUser currentUser) {
        this.votes = votes;
        this.counting = counting;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public VoteResult of(long voteId) {
        return counting.count(closed(voteId));
    }

    /**
     * The closed vote's anonymous ballots, its bids, their costs, the pot and the rule, as a Pabulib file: each
     * ballot under a number of its own in an order that says nothing of who or when, the bids equal shares funds
     * marked selected.
     */
    @Transactional(readOnly = true)
    public String pabulib(long voteId) {
        return counting.pabulib(closed(voteId), CountingRule.EQUAL_SHARES_ADD1);
    }

    private Vote closed(long voteId) {
        var vote = votes.findById(voteId).filter(v -> v.getPartnershipId() == currentUser.partnershipId())
                .orElseThrow(() -> new RecordNotFoundException(Votes.VOTE));
        if (vote.getState() != VoteState.CLOSED) {
            throw new InvalidInputException("state", Message.of("staff.votes.result.not-closed"));
        }
        return vote;
    }
}
