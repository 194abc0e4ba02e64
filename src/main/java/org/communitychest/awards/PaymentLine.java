package org.communitychest.awards;

import java.time.LocalDate;
import org.communitychest.base.Money;

/** An instalment as the pages show it, numbered from 1; the paid fields are null until it is paid. */
public record PaymentLine(int number, Money amount, LocalDate dueDate, boolean onFinalReport, LocalDate paidOn,
        Money paid, String financeReference, String recordedBy) {

    public boolean isPaid() {
        return paidOn != null;
    }
}
