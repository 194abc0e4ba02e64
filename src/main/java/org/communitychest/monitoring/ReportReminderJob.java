package org.communitychest.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.communitychest.base.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the report reminders every so often; the reminders themselves make sure each is sent once. */
@Component
class ReportReminderJob {

    private final ReportReminders reminders;

    ReportReminderJob(ReportReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${chest.monitoring.reminder-interval:1h}",
            initialDelayString = "${chest.monitoring.reminder-initial-delay:2m}")
    @SchedulerLock(name = "report-reminders")
    void remind() {
        SystemActor.callAsSystem(reminders::sendDue);
    }
}
