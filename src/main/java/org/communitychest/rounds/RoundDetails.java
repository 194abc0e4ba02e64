package org.communitychest.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/**
 * A round as applicants, officers and other modules read it. {@code scoringClosesAt} is the scoring deadline,
 * {@code null} until scoring opens; the allocation rules name their areas and needs.
 */
public record RoundDetails(long id, long version, long partnershipId, String partnershipName, String title,
        String description, Money pot, Money minGrant, Money maxGrant, Money shortFormThreshold, Instant opensAt,
        Instant closesAt, LocalDate projectEndLimit, ScoringScale scale, RoundStatus status,
        List<EligibilityQuestion> eligibility, List<Criterion> criteria, List<PriorityGap> priorities,
        List<RequiredDocument> requiredDocuments, Instant scoringClosesAt, AllocationRules allocationRules,
        DecisionMode decisionMode) {

    public boolean acceptsApplicationsAt(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Criteria, weights, scale and eligibility can no longer change: the round is published and has opened. */
    public boolean isFrozenAt(Instant now) {
        return status != RoundStatus.DRAFT && !now.isBefore(opensAt);
    }

    /** The allocation rules can no longer change: scoring has opened. */
    public boolean allocationRulesFrozen() {
        return status.scoringHasOpened();
    }

    /**
     * Whether the round takes applications at {@code now}, in words, with the date it opens or closes; after it
     * closes, the panel's stage.
     */
    public Message availability(Instant now) {
        return switch (status) {
            case DRAFT -> Message.of("rounds.availability.draft");
            case CLOSED -> Message.of("rounds.availability.closed", London.format(closesAt));
            case SCORING -> scoringClosesAt == null
                    ? Message.of("rounds.availability.scoring-no-deadline", London.format(closesAt))
                    : Message.of("rounds.availability.scoring", London.format(closesAt),
                            London.format(scoringClosesAt));
            case MODERATION -> Message.of("rounds.availability.moderation", London.format(closesAt));
            case DECIDED -> Message.of("rounds.availability.decided", London.format(closesAt));
            case OPEN -> now.isBefore(opensAt) ? Message.of("rounds.availability.opens", London.format(opensAt))
                    : now.isBefore(closesAt) ? Message.of("rounds.availability.open-until", London.format(closesAt))
                    : Message.of("rounds.availability.closed", London.format(closesAt));
        };
    }

    /** The round as its form, to be saved again with {@code priorities} as its priority gaps and nothing else changed. */
    public RoundForm withPriorities(List<RoundForm.PriorityRef> priorities) {
        return new RoundForm(title, description, pot, minGrant, maxGrant, shortFormThreshold, London.toLocal(opensAt),
                London.toLocal(closesAt), projectEndLimit, scale, eligibility, criteria, priorities,
                requiredDocuments.stream().map(RequiredDocument::label).toList());
    }

    /** "£500 to £5,000". */
    public Message amountRange() {
        return Message.of("rounds.amount-range", minGrant.toShortString(), maxGrant.toShortString());
    }

    /** The answers that fail, in question order; empty when every answer passes. */
    public List<EligibilityQuestion> failedBy(Map<Long, Boolean> answers) {
        var failed = new ArrayList<EligibilityQuestion>();
        for (var question : eligibility) {
            Boolean answer = answers.get(question.id());
            if (answer == null || answer != question.passingAnswer()) {
                failed.add(question);
            }
        }
        return failed;
    }
}
