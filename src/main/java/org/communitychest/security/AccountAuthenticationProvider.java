package org.communitychest.security;

import java.time.Duration;
import org.communitychest.audit.AuditLog;
import org.communitychest.notifications.MailDelivery;
import org.communitychest.base.Message;
import org.communitychest.base.RateLimit;
import org.communitychest.base.RateLimits;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to check an email and password, whichever way in asks (the sign-in page or a form posted to
 * {@code /login}): failures are limited per account and client address and per client address, the email address
 * must be confirmed, an account an administrator switched off cannot sign in, and every attempt is audited.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final String USER = UserAccount.AUDIT_SUBJECT;

    /** Someone mistyping: a pause for this account from this address, which leaves its owner elsewhere alone. */
    static final RateLimit FAILURES_PER_ACCOUNT_AND_ADDRESS =
            new RateLimit("sign-in failures per account and address", 5, Duration.ofMinutes(15)); // not user text
    /** Someone trying many accounts from one address. */
    static final RateLimit FAILURES_PER_ADDRESS =
            new RateLimit("sign-in failures per address", 30, Duration.ofHours(1)); // not user text

    private final DaoAuthenticationProvider passwords;
    private final RateLimits limits;
    private final Registration registration;
    private final AuditLog auditLog;

    AccountAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder, RateLimits limits,
            Registration registration, AuditLog auditLog, MailDelivery mail) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(accounts);
        // The account's state is told only to someone who knows its password.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            var account = (AccountPrincipal) user;
            if (!account.isEnabled()) {
                throw new DisabledException(SignInResult.DISABLED.key());
            }
            if (!account.emailVerified()) {
                throw new EmailNotVerifiedException(Message.of(mail.canSend() ? "account.sign-in.unverified"
                        : "account.sign-in.unverified-no-mail"), account.id());
            }
        });
        this.limits = limits;
        this.registration = registration;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = AccountRules.normaliseEmail(request.getName());
        String address = clientAddress(request);
        var fromAddress = FAILURES_PER_ADDRESS.of(address);
        var wait = limits.tryTake(fromAddress);
        if (wait.isPresent()) {
            auditLog.recordAs(email, null, "LOGIN_REFUSED_LOCKED", USER, email, null, "from " + address);
            throw new SignInPausedException(Message.of("account.sign-in.paused-network",
                    MailRequestLimits.minutes(wait.get())));
        }
        var forAccount = FAILURES_PER_ACCOUNT_AND_ADDRESS.of(email + " " + address);
        wait = limits.tryTake(forAccount);
        if (wait.isPresent()) {
            limits.giveBack(fromAddress);
            auditLog.recordAs(email, null, "LOGIN_REFUSED_LOCKED", USER, email, null, "from " + address);
            throw new SignInPausedException(Message.of("account.sign-in.paused-account",
                    MailRequestLimits.minutes(wait.get())));
        }
        AccountPrincipal account;
        try {
            var checked = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, request.getCredentials()));
            account = (AccountPrincipal) checked.getPrincipal();
        } catch (EmailNotVerifiedException e) {
            limits.giveBack(forAccount);
            limits.giveBack(fromAddress);
            registration.resendVerification(e.userId());
            auditLog.recordAs(email, null, "LOGIN_REFUSED_UNVERIFIED", USER, e.userId(), null, null);
            throw e;
        } catch (DisabledException e) {
            auditLog.recordAs(email, null, "LOGIN_FAILED", USER, email, null,
                    "account disabled, from " + address); // not user text: audit detail
            throw e;
        } catch (BadCredentialsException e) {
            auditLog.recordAs(email, null, "LOGIN_FAILED", USER, email, null, "from " + address);
            throw new BadCredentialsException(SignInResult.BAD_CREDENTIALS.key());
        } catch (RuntimeException e) {
            limits.giveBack(forAccount);
            limits.giveBack(fromAddress);
            throw e;
        }
        limits.forget(forAccount);
        limits.giveBack(fromAddress);
        auditLog.recordAs(email, account.partnershipId(), "LOGIN", USER, account.id(), null, null);
        var clean = account.withoutPassword();
        var result = UsernamePasswordAuthenticationToken.authenticated(clean, null, clean.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A new password ends the pauses of the account's sign-in from every address. */
    void forgetFailures(String email) {
        limits.forgetStartingWith(FAILURES_PER_ACCOUNT_AND_ADDRESS, email + " ");
    }

    /**
     * The address the request came from, as the servlet container saw it: behind a trusted proxy, Tomcat's
     * RemoteIpValve has already put the client's address there.
     */
    private static String clientAddress(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
