package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.communitychest.base.Money;

/** One line of the budget the grant pays for. */
@Embeddable
class GrantBudgetItem {

    @Column(nullable = false, length = 200)
    private String item;

    @Column(name = "cost_pence", nullable = false)
    private long costPence;

    protected GrantBudgetItem() {
    }

    GrantBudgetItem(BudgetItem line) {
        this.item = line.item();
        this.costPence = line.cost().pence();
    }

    BudgetItem toItem() {
        return new BudgetItem(item, Money.ofPence(costPence));
    }
}
