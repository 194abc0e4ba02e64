package org.communitychest.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.PageLanguage;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration of community group members, confirmed by a link sent to their email. */
@Service
public class Registration {

    private static final String USER = UserAccount.AUDIT_SUBJECT;

    private final UserAccountRepository accounts;
    private final OneTimeTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final PageLanguage pageLanguage;
    private final AuditLog auditLog;
    private final AppProperties properties;
    private final MailRequestLimits requestLimits;
    private final Clock clock;

    Registration(UserAccountRepository accounts, OneTimeTokens tokens, PasswordEncoder passwordEncoder,
            Mailer mailer, PageLanguage pageLanguage, AuditLog auditLog, AppProperties properties, MailRequestLimits requestLimits,
            Clock clock) {
        this.requestLimits = requestLimits;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.pageLanguage = pageLanguage;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates an applicant account and sends the verification email; bad input saves nothing. An address that
     * already has an account gets an email saying so instead, and the caller sees the same outcome, so the form
     * cannot be used to find out who has an account. {@code language}: the page's language, kept with the new
     * account so that its mails are written in it; {@code clientAddress}: where the request came from.
     */
    @Transactional
    public void register(RegistrationForm form, Language language, String clientAddress) {
        String email = AccountRules.normaliseEmail(form.email());
        String name = form.name() == null ? "" : form.name().trim();
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkName(name, errors);
        AccountRules.checkEmail(email, errors);
        AccountRules.checkPassword(form.password(), email, errors);
        AccountRules.checkSamePassword(form.password(), form.confirmPassword(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        requestLimits.take(email, clientAddress);
        // Hashed for an existing account too, so that both answers take as long.
        String passwordHash = passwordEncoder.encode(form.password());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            tellOwner(existing.get());
            return;
        }
        var account = UserAccount.selfRegisteredApplicant(email, name, passwordHash, clock.instant());
        account.chooseLanguage(language);
        account = accounts.save(account);
        auditLog.recordAs(email, null, "USER_REGISTERED", USER, account.getId(), null, "APPLICANT");
        sendVerification(account);
    }

    /** Someone registered with an address that has an account: a new confirmation link, or a note to its owner. */
    private void tellOwner(UserAccount account) {
        auditLog.recordAs(account.getEmail(), account.getPartnershipId(), "REGISTRATION_FOR_EXISTING_ACCOUNT", USER,
                account.getId(), null, null);
        if (account.hasAcceptedInvitation() && !account.isEmailVerified()) {
            sendVerification(account);
            return;
        }
        mailer.queue(OutgoingMail.of("account-exists", account.getEmail(),
                account.language().orElseGet(pageLanguage::current), account.getPartnershipId())
                .with("name", account.getDisplayName())
                .with("signIn", properties.link("login"))
                .with("reset", properties.link("forgot-password")));
    }

    /** Confirms the email address the link was sent to; false when the link is wrong, used or expired. */
    @Transactional
    public boolean verify(String token) {
        return tokens.redeem(token, TokenPurpose.VERIFY_EMAIL)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.verifyEmail();
                    auditLog.recordAs(account.getEmail(), null, "EMAIL_VERIFIED", USER, account.getId(), null,
                            null);
                    return true;
                })
                .orElse(false);
    }

    /** Sends a new link, unless one went out in the last 10 minutes (so repeated sign-ins cannot flood a mailbox). */
    @Transactional
    void resendVerification(long userId) {
        if (tokens.recentlyIssued(userId, TokenPurpose.VERIFY_EMAIL, java.time.Duration.ofMinutes(10))) {
            return;
        }
        accounts.findById(userId).filter(a -> !a.isEmailVerified()).ifPresent(this::sendVerification);
    }

    private void sendVerification(UserAccount account) {
        String token = tokens.issue(account.getId(), TokenPurpose.VERIFY_EMAIL);
        mailer.queue(OutgoingMail.of("verification", account.getEmail(),
                account.language().orElseGet(pageLanguage::current), null)
                .with("name", account.getDisplayName())
                .with("link", properties.link("verify-email?token=" + token))
                .withOneTimeToken(token, TokenPurpose.VERIFY_EMAIL.lifetime));
    }
}
