package org.communitychest.security;

import org.communitychest.base.Message;
import org.springframework.security.authentication.AccountStatusException;

/** The right password for an account whose email address is not confirmed yet. */
class EmailNotVerifiedException extends AccountStatusException {

    private final transient Message reason;
    private final long userId;

    EmailNotVerifiedException(Message reason, long userId) {
        super(reason.key());
        this.reason = reason;
        this.userId = userId;
    }

    /** What to tell the person, in their language. */
    Message reason() {
        return reason;
    }

    long userId() {
        return userId;
    }
}
