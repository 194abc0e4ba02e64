package org.communitychest.notifications;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps no more of the mail than is needed: forgets one-time tokens of unsent mail once they have expired, and
 * deletes the text and attachments of every message {@code chest.mail.retention} (90 days by default) after it was
 * written. The log row stays, saying when its text was deleted.
 */
@Component
class MailRetention {

    private static final Logger log = LoggerFactory.getLogger(MailRetention.class);
    private static final int BATCH = 200;

    private final MailMessageRepository messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    MailRetention(MailMessageRepository messages, TransactionTemplate transactions, Clock clock,
            @Value("${chest.mail.retention:P90D}") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("chest.mail.retention must not be negative: " + retention);
        }
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    Duration retention() {
        return retention;
    }

    @Scheduled(fixedDelayString = "${chest.mail.retention-check-interval:15m}")
    @SchedulerLock(name = "mail-retention")
    void run() {
        var now = clock.instant();
        transactions.executeWithoutResult(status -> messages.forgetExpiredTokens(now));
        var cutoff = now.minus(retention);
        int deleted = 0;
        while (true) {
            int batch = transactions.execute(status -> {
                var ids = messages.findIdsWithBodiesCreatedBefore(cutoff, PageRequest.of(0, BATCH));
                if (!ids.isEmpty()) {
                    messages.deleteAttachmentsOf(ids);
                    messages.deleteBodiesOf(ids, now);
                }
                return ids.size();
            });
            deleted += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (deleted > 0) {
            log.info("Deleted the text of {} messages older than {}", deleted, retention);
        }
    }
}
