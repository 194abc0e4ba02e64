package org.communitychest.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitychest.IntegrationTest;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Two schedulers on one database, as on two app nodes, each running the reminders every 20 ms with no lock between
 * them (ShedLock would keep them apart; this proves the reminders do not need it): every reminder that has fallen
 * goes out once. Then a later run, as after a restart, sends nothing again; and when the report's due date is moved
 * by a variation, the new date brings its own reminders.
 */
class ReportRemindersTwoSchedulersTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportReminders reminders;

    @Test
    void eachReminderIsSentOnceByTwoSchedulersAndAfterARestart() throws Exception {
        var today = London.today(clock);
        var grant = new GrantFixtures(context).accepted(125_000, today, today.plusMonths(12), 200_000);
        jdbc.update("update grant_report set due_on = ? where grant_id = ? and kind = 'MIDPOINT'", today.minusDays(8),
                grant.grantId());
        jdbc.update("update grant_report set due_on = ? where grant_id = ? and kind = 'FINAL'", today.plusDays(10),
                grant.grantId());

        var runs = new AtomicInteger();
        var failures = new AtomicInteger();
        var first = scheduler("node-a-");
        var second = scheduler("node-b-");
        var enough = new CountDownLatch(40);
        Runnable job = () -> {
            try {
                SystemActor.callAsSystem(reminders::sendDue);
                runs.incrementAndGet();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            } finally {
                enough.countDown();
            }
        };
        first.scheduleWithFixedDelay(job, Duration.ofMillis(20));
        second.scheduleWithFixedDelay(job, Duration.ofMillis(20));
        assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();
        first.shutdown();
        second.shutdown();
        assertThat(failures.get()).as("no run failed, not even the one that lost a claim").isZero();

        int afterRestart = SystemActor.callAsSystem(reminders::sendDue);
        assertThat(afterRestart).as("a run after a restart finds every reminder claimed").isZero();
        assertThat(mails(grant, "report-overdue")).as("the midpoint report, 8 days late").isEqualTo(1);
        assertThat(mails(grant, "report-before")).as("the final report, due in 10 days").isEqualTo(1);
        assertThat(mails(grant, "report-due")).as("only the latest reminder that has fallen").isZero();
        assertThat(claims(grant)).isEqualTo(2);

        clock.advance(Duration.ofDays(10));
        assertThat(SystemActor.callAsSystem(reminders::sendDue)).isEqualTo(1);
        assertThat(SystemActor.callAsSystem(reminders::sendDue)).isZero();
        assertThat(mails(grant, "report-due")).as("the final report on its day").isEqualTo(1);
    }

    private ThreadPoolTaskScheduler scheduler(String prefix) {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(prefix);
        scheduler.setPoolSize(1);
        scheduler.initialize();
        return scheduler;
    }

    private int mails(GrantFixtures.Accepted grant, String template) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
                Integer.class, grant.bidder(), template);
    }

    private int claims(GrantFixtures.Accepted grant) {
        return jdbc.queryForObject("select count(*) from report_reminder r join grant_report g on g.id = r.report_id"
                + " where g.grant_id = ?", Integer.class, grant.grantId());
    }
}
