package org.communitychest.base;

/**
 * Someone else saved the same record between this person's reading it and saving it. A rule broken on the
 * {@code version} field, so views that show version conflicts beside their form show it there; every other view
 * shows it through the session's error handler. {@link ConcurrentChanges} makes one from the database's
 * optimistic-lock failure, for every service.
 */
public class ConcurrentChangeException extends InvalidInputException {

    public static final String FIELD = "version";
    public static final Message MESSAGE = Message.of("common.concurrent-change");

    public ConcurrentChangeException(Throwable cause) {
        super(FIELD, MESSAGE);
        initCause(cause);
    }
}
