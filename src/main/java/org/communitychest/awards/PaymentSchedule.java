package org.communitychest.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/**
 * How a grant is paid. By default a grant under £2,000 is paid in one instalment when the project starts; a larger
 * one 80% at the start and 20% once the final report, due a month after the end, is approved. The officer may plan
 * it otherwise; {@link #problems} says what does not add up.
 */
final class PaymentSchedule {

    static final Money ONE_INSTALMENT_BELOW = Money.ofPounds(2_000);
    static final int FIRST_SHARE_PERCENT = 80;
    static final int MOST_INSTALMENTS = 12;

    private PaymentSchedule() {
    }

    static List<PlannedPayment> byDefault(Money amount, LocalDate start, LocalDate end) {
        if (amount.isLessThan(ONE_INSTALMENT_BELOW)) {
            return List.of(new PlannedPayment(amount, start, false));
        }
        var first = Money.ofPence(amount.pence() * FIRST_SHARE_PERCENT / 100);
        return List.of(new PlannedPayment(first, start, false),
                new PlannedPayment(amount.minus(first), finalReportDue(end), true));
    }

    /** The final report is due a month after the project ends (the outcomes spec). */
    static LocalDate finalReportDue(LocalDate end) {
        return end.plusMonths(1);
    }

    /**
     * What is wrong with the terms and schedule, by field: {@code startDate}, {@code endDate}, {@code payment-N}
     * (from 1) and {@code schedule}. Empty when all is well.
     */
    static Map<String, Message> problems(Money amount, LocalDate start, LocalDate end, List<PlannedPayment> schedule,
            int paidAlready) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (start == null) {
            problems.put("startDate", Message.of("awards.terms.start-needed"));
        }
        if (end == null) {
            problems.put("endDate", Message.of("awards.terms.end-needed"));
        } else if (start != null && end.isBefore(start)) {
            problems.put("endDate", Message.of("awards.terms.end-before-start"));
        }
        if (schedule.isEmpty()) {
            problems.put("schedule", Message.of("staff.awards.schedule.none"));
            return problems;
        }
        if (schedule.size() > MOST_INSTALMENTS) {
            problems.put("schedule", Message.of("staff.awards.schedule.too-many", MOST_INSTALMENTS));
            return problems;
        }
        LocalDate previous = null;
        Money total = Money.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            var payment = schedule.get(i);
            String field = "payment-" + (paidAlready + i + 1);
            if (payment.amount() == null || payment.amount().isNegative() || payment.amount().pence() == 0) {
                problems.put(field, Message.of("staff.awards.schedule.amount-needed"));
            } else {
                total = total.plus(payment.amount());
            }
            if (payment.dueDate() == null) {
                problems.putIfAbsent(field, Message.of("staff.awards.schedule.date-needed"));
            } else if (previous != null && payment.dueDate().isBefore(previous)) {
                problems.putIfAbsent(field, Message.of("staff.awards.schedule.date-order"));
            }
            if (payment.dueDate() != null) {
                previous = payment.dueDate();
            }
        }
        if (!problems.keySet().stream().anyMatch(k -> k.startsWith("payment-")) && !total.equals(amount)) {
            problems.put("schedule", Message.of("staff.awards.schedule.total", total.toString(), amount.toString()));
        }
        return problems;
    }
}
