package org.communitychest.panels;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's decision once it is released, for anyone: which bids were funded and for how much, by which list, and
 * why any bid was decided otherwise. Nothing of it is public before the release, and nothing names a person.
 */
@Service
public class PublishedDecisions {

    private final PanelDecisionRepository decisions;

    PublishedDecisions(PanelDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedDecision> ofRound(long roundId) {
        return decisions.findByRoundId(roundId).filter(d -> d.getReleasedAt() != null)
                .map(d -> new PublishedDecision(d.getMethod(), d.getReleasedAt(), d.getBids().stream()
                        .map(b -> new PublishedDecision.Line(b.getApplicationId(), b.getOutcome(),
                                Money.ofPence(b.getAmountPence()), b.getOverrideReason()))
                        .toList()));
    }

    /** A released decision: the list it took, when it was released, and each bid's outcome. */
    public record PublishedDecision(AllocationMethod method, Instant releasedAt, List<Line> bids) {

        public Optional<Line> of(long applicationId) {
            return bids.stream().filter(l -> l.applicationId() == applicationId).findFirst();
        }

        public record Line(long applicationId, BidOutcome outcome, Money amount, String overrideReason) {
        }
    }
}
