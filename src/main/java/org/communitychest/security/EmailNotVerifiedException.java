package org.communitychest.security;

import org.springframework.security.authentication.AccountStatusException;

/** The right password for an account whose email address is not confirmed yet. */
class EmailNotVerifiedException extends AccountStatusException {

    private final long userId;

    EmailNotVerifiedException(String message, long userId) {
        super(message);
        this.userId = userId;
    }

    long userId() {
        return userId;
    }
}
