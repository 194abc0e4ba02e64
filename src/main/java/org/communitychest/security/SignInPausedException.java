package org.communitychest.security;

import org.communitychest.base.Message;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the message says for how long signing in is paused. */
class SignInPausedException extends AuthenticationException {

    private final transient Message reason;

    SignInPausedException(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    /** What to tell the person, in their language. */
    Message reason() {
        return reason;
    }
}
