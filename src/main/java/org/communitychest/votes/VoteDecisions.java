package org.communitychest.votes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.Translations;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.DecisionForm;
import org.communitychest.panels.DecisionSummary;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.panels.VoteList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed vote's decision, recorded in the round's decision record as a panel's is: the count the officer chose,
 * who approved its list, any overrides with reasons, and for each bid not funded feedback drafted from the count's
 * reason in money, which the officer edits before the release.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class VoteDecisions {

    private final VoteResults results;
    private final Votes votes;
    private final PanelDecisions decisions;
    private final Translations translations;

    VoteDecisions(VoteResults results, Votes votes, PanelDecisions decisions, Translations translations) {
        this.results = results;
        this.votes = votes;
        this.decisions = decisions;
        this.translations = translations;
    }

    @Transactional
    public DecisionSummary record(long voteId, AllocationMethod method, String approvedBy,
            List<DecisionForm.Override> overrides) {
        if (method == null || !method.byVote()) {
            throw new InvalidInputException("method", Message.of("staff.votes.decision.method-required"));
        }
        var result = results.of(voteId);
        Set<Long> funded = new HashSet<>();
        List<VoteResult.NotFunded> unfunded;
        if (method == AllocationMethod.EQUAL_SHARES) {
            result.equalShares().funded().forEach(f -> funded.add(f.bid().id()));
            unfunded = result.equalShares().unfunded();
        } else {
            result.greedy().funded().forEach(f -> funded.add(f.bid().id()));
            unfunded = result.greedy().unfunded();
        }
        Map<Long, String> feedback = new HashMap<>();
        String notOnBallot = english(Message.of("staff.votes.decision.feedback-not-on-ballot"));
        votes.candidates(result.roundId()).forEach(b -> feedback.put(b.id(), notOnBallot));
        unfunded.forEach(u -> feedback.put(u.bid().id(), english(Message.of("staff.votes.decision.feedback",
                u.reasonInWords(result.pot())))));
        return decisions.recordVoteList(result.roundId(), new VoteList(method, result.lotterySeed(), result.pot(),
                funded, feedback, approvedBy, overrides));
    }

    /** Feedback is the officer's text to edit, drafted in English as a panel's comments are. */
    private String english(Message message) {
        return translations.text(Language.ENGLISH, message);
    }
}
