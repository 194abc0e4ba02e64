package org.communitychest.security;

import org.springframework.security.core.Authentication;

/** The outcome of a sign-in attempt; {@code authentication} is set only when it succeeded. */
public record SignInResult(Outcome outcome, String message, Authentication authentication) {

    public enum Outcome { SIGNED_IN, BAD_CREDENTIALS, EMAIL_NOT_VERIFIED, LOCKED }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
