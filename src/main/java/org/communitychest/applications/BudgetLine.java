package org.communitychest.applications;

import org.communitychest.base.Money;

/**
 * One line of a budget. {@code otherFunder} names who else pays for it; blank when the grant pays.
 */
public record BudgetLine(String item, Money cost, String otherFunder) {

    public boolean paidByGrant() {
        return otherFunder == null || otherFunder.isBlank();
    }
}
