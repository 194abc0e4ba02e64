package org.communitychest.notifications;

public enum MailStatus {
    /** Waiting for its first or next attempt. */
    QUEUED,
    SENT,
    /** No SMTP server is configured: recorded here and not sent. */
    NOT_SENT,
    /** Every attempt failed; an administrator may try again. */
    FAILED
}
