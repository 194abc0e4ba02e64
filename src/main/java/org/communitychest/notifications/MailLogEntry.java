package org.communitychest.notifications;

import java.time.Instant;

public record MailLogEntry(long id, Instant createdAt, String template, String recipient, String subject,
        MailStatus status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
        Instant bodyDeletedAt) {

    /** How a {@code lastError} of the portal's own starts: a bundle key, where an SMTP server's error is words. */
    public static final String OWN_ERROR = "staff.mail.error.";
}
