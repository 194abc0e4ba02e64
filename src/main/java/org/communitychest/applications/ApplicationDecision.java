package org.communitychest.applications;

import java.time.Instant;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/**
 * The panel's decision on an application as its group reads it once released: the outcome, the money awarded
 * against the money asked, and the panel's feedback. Never scores, ranks or who scored.
 *
 * @param feedback the panel's words to the group, or null
 */
public record ApplicationDecision(ApplicationStatus outcome, Money awarded, Money requested, String feedback,
        Instant releasedAt) {

    /** ‘The panel has decided to fund £3,000.00’, or part of the request, or not to fund it. */
    public Message summary() {
        return switch (outcome) {
            case FUNDED -> Message.of("apply.decision.funded", awarded.toString());
            case PART_FUNDED -> Message.of("apply.decision.part-funded", awarded.toString(), requested.toString());
            case NOT_FUNDED -> Message.of("apply.decision.not-funded");
            default -> throw new IllegalStateException("Not a decision: " + outcome);
        };
    }

    public boolean hasFeedback() {
        return feedback != null && !feedback.isBlank();
    }
}
