package org.communitychest.base;

import javax.sql.DataSource;
import java.util.TimeZone;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.ErrorHandler;

/**
 * Background jobs run once across nodes (ShedLock). Tests switch them off and call the jobs directly.
 *
 * <p>Sending mail has a scheduler of its own ({@value #MAIL_SCHEDULER}), so a slow or hung SMTP server holds up
 * only the mail; every other job runs on the shared pool (decision record 0011).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chest.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
public class SchedulingConfiguration {

    /** The scheduler that sending mail uses: {@code @Scheduled(scheduler = SchedulingConfiguration.MAIL_SCHEDULER)}. */
    public static final String MAIL_SCHEDULER = "mailScheduler";

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    /**
     * Locks last a minute and are extended every 30 s while their job runs, so a long job keeps its lock, and a
     * node that loses the database in the middle of a job (and so cannot unlock) holds the job up for at most a
     * minute after the database is back, not five.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        var locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTimeZone(TimeZone.getTimeZone("UTC"))
                .build());
        return new KeepAliveLockProvider(locks, Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("chest-lock-keepalive").daemon().factory()));
    }

    /** Every job but mail; the name is the one Spring's scheduling looks for when a job names no scheduler. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        return scheduler("chest-job-", 2);
    }

    @Bean(MAIL_SCHEDULER)
    TaskScheduler mailScheduler() {
        return scheduler("chest-mail-", 1);
    }

    private static ThreadPoolTaskScheduler scheduler(String threadNamePrefix, int threads) {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(threadNamePrefix);
        scheduler.setPoolSize(threads);
        scheduler.setErrorHandler(JOB_FAILED);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        return scheduler;
    }

    /** A job that fails because the database is away says so in one line; it runs again at its next turn. */
    private static final ErrorHandler JOB_FAILED = failure -> {
        if (DatabaseUnreachable.causedBy(failure)) {
            log.warn("Scheduled job skipped, the database cannot be reached: {}", failure.toString());
        } else {
            log.error("Scheduled job failed", failure);
        }
    };
}
