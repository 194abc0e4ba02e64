package org.communitychest.monitoring;

import java.time.Clock;
import org.communitychest.awards.GrantAccepted;
import org.communitychest.awards.GrantDatesChanged;
import org.communitychest.awards.ReportDates;
import org.communitychest.rounds.Rounds;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schedules a grant's reports when it is accepted, in the accepting transaction, and moves the due dates of those
 * not yet approved when a variation moves the grant's dates.
 */
@Component
class ReportSchedule {

    private final GrantReportRepository reports;
    private final Rounds rounds;
    private final Clock clock;

    ReportSchedule(GrantReportRepository reports, Rounds rounds, Clock clock) {
        this.reports = reports;
        this.rounds = rounds;
        this.clock = clock;
    }

    @EventListener
    void on(GrantAccepted accepted) {
        if (!reports.findByGrantIdOrderByDueOnAsc(accepted.grantId()).isEmpty()) {
            return;
        }
        var form = accepted.amount().isLessThan(rounds.published(accepted.roundId()).shortFormThreshold())
                ? ReportForm.SHORT : ReportForm.FULL;
        var dates = ReportDates.of(accepted.startDate(), accepted.endDate());
        var budget = accepted.budget().stream().map(b -> new SpendLine(b.item(), b.cost(), null)).toList();
        var now = clock.instant();
        for (int i = 0; i < dates.size(); i++) {
            var kind = i == dates.size() - 1 ? ReportKind.FINAL : ReportKind.MIDPOINT;
            reports.save(new GrantReport(accepted.partnershipId(), accepted.grantId(), accepted.roundId(),
                    accepted.organisationId(), kind, form, dates.get(i), budget, now));
        }
    }

    @EventListener
    void on(GrantDatesChanged changed) {
        var dates = ReportDates.of(changed.startDate(), changed.endDate());
        var now = clock.instant();
        for (var report : reports.findByGrantIdOrderByDueOnAsc(changed.grantId())) {
            var due = report.getKind() == ReportKind.FINAL ? dates.getLast() : dates.getFirst();
            report.moveDue(due, now);
        }
    }
}
