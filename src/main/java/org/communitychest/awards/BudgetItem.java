package org.communitychest.awards;

import org.communitychest.base.Money;

/** A line of a grant's budget: what the money buys and what it costs. */
public record BudgetItem(String item, Money cost) {
}
