package org.communitychest.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.communitychest.base.Money;

@Entity
@Table(name = "application_budget_line")
class BudgetLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String item;

    /** Null on a draft line whose cost is not typed yet. */
    @Column(name = "cost_pence")
    private Long costPence;

    @Column(name = "other_funder", length = 200)
    private String otherFunder;

    protected BudgetLineEntity() {
    }

    BudgetLineEntity(int position, BudgetLine line) {
        this.position = position;
        this.item = line.item().trim();
        this.costPence = line.cost() == null ? null : line.cost().pence();
        this.otherFunder = line.paidByGrant() ? null : line.otherFunder().trim();
    }

    BudgetLine toRecord() {
        return new BudgetLine(item, costPence == null ? null : Money.ofPence(costPence), otherFunder);
    }
}
