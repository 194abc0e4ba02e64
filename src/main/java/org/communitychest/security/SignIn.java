package org.communitychest.security;

import java.time.Clock;
import java.time.Duration;
import org.communitychest.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an email and password, throttling repeated failures and writing every attempt to the audit trail.
 * The caller stores the resulting authentication in the session.
 */
@Service
public class SignIn {

    private static final String BAD = "That email and password do not match an account. Check them and try again,"
            + " or reset your password.";

    private final AuthenticationManager authenticationManager;
    private final LoginThrottleRepository throttles;
    private final Registration registration;
    private final AuditLog auditLog;
    private final Clock clock;

    SignIn(AuthenticationManager authenticationManager, LoginThrottleRepository throttles,
            Registration registration, AuditLog auditLog, Clock clock) {
        this.authenticationManager = authenticationManager;
        this.throttles = throttles;
        this.registration = registration;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    public SignInResult signIn(String email, String password) {
        String normalised = AccountRules.normaliseEmail(email);
        var now = clock.instant();
        var throttle = throttles.findById(normalised);
        if (throttle.isPresent() && throttle.get().lockedAt(now)) {
            long seconds = Duration.between(now, throttle.get().lockedUntil()).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            auditLog.recordAs(normalised, null, "LOGIN_REFUSED_LOCKED", "User", normalised, null, null);
            return new SignInResult(SignInResult.Outcome.LOCKED, "Too many failed attempts. For your safety, signing"
                    + " in to this account is paused for " + minutes + " minute" + (minutes == 1 ? "" : "s")
                    + ". You can reset your password instead.", null);
        }
        try {
            var authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(normalised, password));
            var principal = (AccountPrincipal) authentication.getPrincipal();
            throttle.ifPresent(throttles::delete);
            if (!principal.emailVerified()) {
                registration.resendVerification(principal.id());
                auditLog.recordAs(normalised, principal.partnershipId(), "LOGIN_REFUSED_UNVERIFIED", "User",
                        principal.id(), null, null);
                return new SignInResult(SignInResult.Outcome.EMAIL_NOT_VERIFIED, "Please confirm your email address"
                        + " first: open the link we emailed you. If it has expired, we have sent you a new one.", null);
            }
            auditLog.recordAs(normalised, principal.partnershipId(), "LOGIN", "User", principal.id(), null, null);
            var clean = principal.withoutPassword();
            return new SignInResult(SignInResult.Outcome.SIGNED_IN, null,
                    UsernamePasswordAuthenticationToken.authenticated(clean, null, clean.getAuthorities()));
        } catch (DisabledException e) {
            auditLog.recordAs(normalised, null, "LOGIN_FAILED", "User", normalised, null, "account disabled");
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, BAD, null);
        } catch (AuthenticationException e) {
            var record = throttle.orElseGet(() -> new LoginThrottle(normalised, now));
            record.failure(now);
            throttles.save(record);
            auditLog.recordAs(normalised, null, "LOGIN_FAILED", "User", normalised, null, null);
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, BAD, null);
        }
    }
}
