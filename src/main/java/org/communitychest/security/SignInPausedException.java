package org.communitychest.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the message says for how long signing in is paused. */
class SignInPausedException extends AuthenticationException {

    SignInPausedException(String message) {
        super(message);
    }
}
