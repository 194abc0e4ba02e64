package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bid in the panel's decision: its outcome and amount, why it departs from the list if it does, and feedback. */
@Embeddable
class DecidedBid {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private BidOutcome outcome;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(length = 4000)
    private String feedback;

    protected DecidedBid() {
    }

    DecidedBid(long applicationId, BidOutcome outcome, long amountPence, String overrideReason, String feedback) {
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.amountPence = amountPence;
        this.overrideReason = overrideReason;
        this.feedback = feedback;
    }

    long getApplicationId() {
        return applicationId;
    }

    BidOutcome getOutcome() {
        return outcome;
    }

    long getAmountPence() {
        return amountPence;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    String getFeedback() {
        return feedback;
    }

    void changeFeedback(String feedback) {
        this.feedback = feedback;
    }
}
