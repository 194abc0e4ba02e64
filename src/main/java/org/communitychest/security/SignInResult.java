package org.communitychest.security;

import org.communitychest.base.DatabaseUnreachable;
import org.communitychest.base.ui.DatabaseMessages;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** The outcome of a sign-in attempt; {@code authentication} is set only when it succeeded. */
public record SignInResult(Outcome outcome, String message, Authentication authentication) {

    static final String COULD_NOT_CHECK = "We could not check your sign-in just now. Please try again in a moment.";

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
        var outcome = switch (e) {
            case SignInPausedException paused -> Outcome.LOCKED;
            case EmailNotVerifiedException unverified -> Outcome.EMAIL_NOT_VERIFIED;
            case DisabledException disabled -> Outcome.DISABLED;
            case org.springframework.security.authentication.BadCredentialsException bad -> Outcome.BAD_CREDENTIALS;
            default -> Outcome.NOT_CHECKED;
        };
        if (outcome != Outcome.NOT_CHECKED) {
            return new SignInResult(outcome, e.getMessage(), null);
        }
        return new SignInResult(outcome,
                DatabaseUnreachable.causedBy(e) ? DatabaseMessages.SIGN_IN_UNCHECKED : COULD_NOT_CHECK, null);
    }
}
