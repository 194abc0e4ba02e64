package org.communitychest.awards;

import java.time.LocalDate;
import org.communitychest.base.Money;

/** An instalment as the officer plans it: an amount, a due date, and whether it waits for the final report. */
public record PlannedPayment(Money amount, LocalDate dueDate, boolean onFinalReport) {
}
