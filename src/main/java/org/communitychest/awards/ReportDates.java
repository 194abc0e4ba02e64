package org.communitychest.awards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** When a grant's reports are due (the outcomes spec): at the midpoint if it runs over six months, and at the end. */
public final class ReportDates {

    private ReportDates() {
    }

    public static List<LocalDate> of(LocalDate start, LocalDate end) {
        var finalReport = PaymentSchedule.finalReportDue(end);
        if (!end.isAfter(start.plusMonths(6))) {
            return List.of(finalReport);
        }
        return List.of(start.plusDays(ChronoUnit.DAYS.between(start, end) / 2), finalReport);
    }
}
