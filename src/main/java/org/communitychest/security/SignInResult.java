package org.communitychest.security;

import org.communitychest.base.DatabaseUnreachable;
import org.communitychest.base.Message;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** The outcome of a sign-in attempt; {@code authentication} is set only when it succeeded. */
public record SignInResult(Outcome outcome, Message message, Authentication authentication) {

    static final Message BAD_CREDENTIALS = Message.of("account.sign-in.bad-credentials");
    static final Message DISABLED = Message.of("account.sign-in.disabled");

    public enum Outcome { SIGNED_IN, BAD_CREDENTIALS, EMAIL_NOT_VERIFIED, LOCKED, DISABLED, NOT_CHECKED }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }

    static SignInResult signedIn(Authentication authentication) {
        return new SignInResult(Outcome.SIGNED_IN, null, authentication);
    }

    /**
     * What to tell the person about a refused sign-in, from the sign-in page or from a form posted to
     * {@code /login} (whose failure Spring Security keeps in the session).
     */
    public static SignInResult refused(AuthenticationException e) {
        return switch (e) {
            case SignInPausedException paused -> new SignInResult(Outcome.LOCKED, paused.reason(), null);
            case EmailNotVerifiedException unverified ->
                    new SignInResult(Outcome.EMAIL_NOT_VERIFIED, unverified.reason(), null);
            case DisabledException disabled -> new SignInResult(Outcome.DISABLED, DISABLED, null);
            case BadCredentialsException bad -> new SignInResult(Outcome.BAD_CREDENTIALS, BAD_CREDENTIALS, null);
            default -> new SignInResult(Outcome.NOT_CHECKED, Message.of(DatabaseUnreachable.causedBy(e)
                    ? "account.sign-in.database-unreachable" : "account.sign-in.not-checked"), null);
        };
    }
}
