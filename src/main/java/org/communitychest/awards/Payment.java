package org.communitychest.awards;

import java.time.LocalDate;
import org.communitychest.base.Money;

/** An instalment paid, as the officer records it from the finance system: the day, the amount and its reference. */
public record Payment(LocalDate paidOn, Money amount, String financeReference) {
}
