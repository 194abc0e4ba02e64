package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.communitychest.base.Money;

/**
 * One payment of the schedule: how much, when it falls due (on a date, or once the final report is approved), and,
 * once paid, the day, the amount and the finance system's reference. No bank details are ever kept.
 */
@Embeddable
class Instalment {

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "on_final_report", nullable = false)
    private boolean onFinalReport;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_pence")
    private Long paidPence;

    @Column(name = "finance_reference", length = 100)
    private String financeReference;

    @Column(name = "recorded_by", length = 320)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Instalment() {
    }

    Instalment(Money amount, LocalDate dueDate, boolean onFinalReport) {
        this.amountPence = amount.pence();
        this.dueDate = dueDate;
        this.onFinalReport = onFinalReport;
    }

    void paid(LocalDate on, Money amount, String reference, String by, Instant at) {
        this.paidOn = on;
        this.paidPence = amount.pence();
        this.financeReference = reference;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    boolean isOnFinalReport() {
        return onFinalReport;
    }

    boolean isPaid() {
        return paidOn != null;
    }

    PaymentLine toLine(int number) {
        return new PaymentLine(number, Money.ofPence(amountPence), dueDate, onFinalReport, paidOn,
                paidPence == null ? null : Money.ofPence(paidPence), financeReference, recordedBy);
    }

    Money amount() {
        return Money.ofPence(amountPence);
    }

    Money paidAmount() {
        return paidPence == null ? Money.ZERO : Money.ofPence(paidPence);
    }
}
