package org.communitychest.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.PageLanguage;
import org.communitychest.base.Message;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ‘Forgotten your password?’: a one-time link by email that expires after an hour. */
@Service
public class PasswordReset {

    private static final String USER = UserAccount.AUDIT_SUBJECT;

    private final UserAccountRepository accounts;
    private final OneTimeTokens tokens;
    private final MailRequestLimits requestLimits;
    private final AccountAuthenticationProvider signInChecks;
    private final SignedInSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final PageLanguage pageLanguage;
    private final AuditLog auditLog;
    private final AppProperties properties;

    PasswordReset(UserAccountRepository accounts, OneTimeTokens tokens, MailRequestLimits requestLimits,
            AccountAuthenticationProvider signInChecks, SignedInSessions sessions, PasswordEncoder passwordEncoder,
            Mailer mailer, PageLanguage pageLanguage, AuditLog auditLog, AppProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.requestLimits = requestLimits;
        this.signInChecks = signInChecks;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.pageLanguage = pageLanguage;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /**
     * Sends a reset link if an active account has this email. Says nothing either way, so the form cannot be
     * used to find out who has an account. Requests are limited per email address and per client address
     * ({@code clientAddress}: where the request came from), so no one can flood a mailbox.
     */
    @Transactional
    public void requestReset(String email, String clientAddress) {
        String normalised = AccountRules.normaliseEmail(email);
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkEmail(normalised, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        requestLimits.take(normalised, clientAddress);
        accounts.findByEmail(normalised).filter(UserAccount::isEnabled).filter(UserAccount::hasAcceptedInvitation)
                .ifPresent(account -> {
                    String token = tokens.issue(account.getId(), TokenPurpose.RESET_PASSWORD);
                    mailer.queue(OutgoingMail.of("password-reset", account.getEmail(),
                            account.language().orElseGet(pageLanguage::current), account.getPartnershipId())
                            .with("name", account.getDisplayName())
                            .with("link", properties.link("reset-password?token=" + token))
                            .withOneTimeToken(token, TokenPurpose.RESET_PASSWORD.lifetime));
                    auditLog.recordAs(normalised, account.getPartnershipId(), "PASSWORD_RESET_REQUESTED", USER,
                            account.getId(), null, null);
                });
    }

    @Transactional(readOnly = true)
    public boolean isValid(String token) {
        return tokens.check(token, TokenPurpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password; the link then stops working, the person's sessions elsewhere end and sign-in pauses
     * for the account are lifted. False when the link is wrong, used or expired.
     */
    @Transactional
    public boolean resetPassword(String token, String password, String confirmPassword) {
        var userId = tokens.check(token, TokenPurpose.RESET_PASSWORD);
        if (userId.isEmpty()) {
            return false;
        }
        var account = accounts.findById(userId.get()).orElseThrow();
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkPassword(password, account.getEmail(), errors);
        AccountRules.checkSamePassword(password, confirmPassword, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        account.changePassword(passwordEncoder.encode(password));
        account.verifyEmail();
        signInChecks.forgetFailures(account.getEmail());
        sessions.endAllOf(account.getId());
        auditLog.recordAs(account.getEmail(), account.getPartnershipId(), "PASSWORD_RESET", USER, account.getId(),
                null, null);
        return true;
    }
}
