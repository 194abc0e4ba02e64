package org.communitychest.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.communitychest.base.Money;

/** What was spent on one line of the grant's budget. */
@Embeddable
class ReportSpendLine {

    @Column(nullable = false, length = 200)
    private String item;

    @Column(name = "budget_pence", nullable = false)
    private long budgetPence;

    @Column(name = "spent_pence")
    private Long spentPence;

    protected ReportSpendLine() {
    }

    ReportSpendLine(String item, Money budget) {
        this.item = item;
        this.budgetPence = budget.pence();
    }

    void spent(Money spent) {
        this.spentPence = spent == null ? null : spent.pence();
    }

    SpendLine toLine() {
        return new SpendLine(item, Money.ofPence(budgetPence), spentPence == null ? null : Money.ofPence(spentPence));
    }
}
