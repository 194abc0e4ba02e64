package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.communitychest.base.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group's request to change its grant's terms, with its reason, and the officer's answer. */
@Entity
@Table(name = "grant_variation")
class Variation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VariationStatus status = VariationStatus.REQUESTED;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String reason;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String budget;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 320)
    private String answeredBy;

    @Column(columnDefinition = "TEXT")
    private String answer;

    @Version
    private long version;

    protected Variation() {
    }

    Variation(long grantId, Terms terms, String reason, long requestedBy, Instant requestedAt) {
        this.grantId = grantId;
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.amountPence = terms.amount().pence();
        this.budget = BudgetText.write(terms.budget());
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void answer(VariationStatus outcome, String by, String answer, Instant now) {
        if (status != VariationStatus.REQUESTED) {
            throw new IllegalStateException("Variation " + id + " was answered already");
        }
        this.status = outcome;
        this.answeredBy = by;
        this.answer = answer;
        this.answeredAt = now;
    }

    Terms terms() {
        return new Terms(Money.ofPence(amountPence), startDate, endDate, BudgetText.read(budget));
    }

    VariationInfo toInfo() {
        return new VariationInfo(id, status, reason, terms(), requestedAt, answeredAt, answeredBy, answer);
    }

    Long getId() {
        return id;
    }

    long getGrantId() {
        return grantId;
    }

    VariationStatus getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }
}
