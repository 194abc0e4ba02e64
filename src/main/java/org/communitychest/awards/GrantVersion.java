package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a grant's terms, kept as it was: version 1 is the offer, each approved variation adds one. The
 * budget is kept as text, one line per item, so that later changes to the budget leave it as it was.
 */
@Entity
@Table(name = "grant_version")
class GrantVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(nullable = false)
    private int number;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 320)
    private String madeBy;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String budget;

    @Column(columnDefinition = "TEXT")
    private String reason;

    protected GrantVersion() {
    }

    GrantVersion(long grantId, int number, Instant madeAt, String madeBy, Terms terms, String reason) {
        this.grantId = grantId;
        this.number = number;
        this.madeAt = madeAt;
        this.madeBy = madeBy;
        this.amountPence = terms.amount().pence();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.budget = BudgetText.write(terms.budget());
        this.reason = reason;
    }

    TermsVersion toVersion() {
        return new TermsVersion(number, madeAt, madeBy, new Terms(org.communitychest.base.Money.ofPence(amountPence),
                startDate, endDate, BudgetText.read(budget)), reason);
    }

    int getNumber() {
        return number;
    }
}
