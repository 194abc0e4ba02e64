package org.communitychest.notifications;

import java.time.Instant;

public record MailLogEntry(long id, Instant createdAt, String template, String recipient, String subject,
        MailStatus status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
        Instant bodyDeletedAt) {
}
