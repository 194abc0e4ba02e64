package org.communitychest.monitoring;

import java.time.Clock;
import java.util.Set;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantStatus;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds groups of the reports they owe: 14 days before the due date, on the day, and 7 days after. Each reminder
 * is claimed by inserting its row in {@code report_reminder}, in the transaction that queues its mails: the
 * primary key lets only one node, or one run after a restart, claim it, and a mail is queued only if its claim
 * commits. After a long pause only the latest reminder that has fallen is sent, not a burst of old ones.
 */
@Service
public class ReportReminders {

    private static final Set<ReportStatus> OWED = Set.of(ReportStatus.DUE, ReportStatus.RETURNED);
    private static final Set<GrantStatus> LIVE = Set.of(GrantStatus.ACCEPTED, GrantStatus.ACTIVE);

    private static final String CLAIMED =
            "select count(*) from report_reminder where report_id = ? and reminder = ? and due_on = ?"; // not user text
    private static final String CLAIM =
            "insert into report_reminder (report_id, reminder, due_on, sent_at) values (?, ?, ?, ?)"; // not user text

    private final GrantReportRepository reports;
    private final GrantOffers offers;
    private final ReportMails mails;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate eachReport;
    private final Clock clock;

    ReportReminders(GrantReportRepository reports, GrantOffers offers, ReportMails mails, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.reports = reports;
        this.offers = offers;
        this.mails = mails;
        this.jdbc = jdbc;
        this.eachReport = new TransactionTemplate(transactions);
        this.eachReport.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends the reminders that have fallen and not been sent; returns how many reminders were sent. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int sendDue() {
        var today = London.today(clock);
        int sent = 0;
        for (var report : reports.findByStatusInAndDueOnLessThanEqualOrderByIdAsc(OWED, today.plusDays(14))) {
            var reminder = Reminder.latest(report.getDueOn(), today);
            if (reminder.isPresent() && send(report, reminder.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(GrantReport report, Reminder reminder) {
        Integer claimed = jdbc.queryForObject(CLAIMED, Integer.class, report.getId(), reminder.name(),
                report.getDueOn());
        if (claimed != null && claimed > 0) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(eachReport.execute(tx -> SystemActor.callAs(report.getPartnershipId(), () -> {
                var grant = offers.rows(Set.of(report.getGrantId())).get(report.getGrantId());
                if (grant == null || !LIVE.contains(grant.status())) {
                    return false;
                }
                jdbc.update(CLAIM,
                        report.getId(), reminder.name(), report.getDueOn(),
                        java.sql.Timestamp.from(clock.instant()));
                mails.reminder(report, reminder, grant.reference(), grant.projectTitle());
                return true;
            }, "OFFICER")));
        } catch (DuplicateKeyException claimedElsewhere) {
            return false;
        }
    }
}
