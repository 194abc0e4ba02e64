package org.communitychest.awards;

import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Money;

/** What a variation can change: the amount, the dates and the budget lines. */
public record Terms(Money amount, LocalDate startDate, LocalDate endDate, List<BudgetItem> budget) {
}
