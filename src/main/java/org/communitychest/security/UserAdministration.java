package org.communitychest.security;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.RateLimit;
import org.communitychest.base.RateLimits;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.PageLanguage;
import org.communitychest.base.Translations;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.place.Partnerships;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's people: the partnership's staff and panellists, their invitations and roles. */
@Service
public class UserAdministration {

    private static final String USER = UserAccount.AUDIT_SUBJECT;

    /** The roles of up to this many people come in one statement. */
    static final int MAX_PAGE = 100;

    /** Roles an administrator can give: staff and panel roles of their own partnership. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.PANELLIST, Role.OFFICER, Role.ADMIN);
    static final RateLimit INVITATIONS_PER_ADMINISTRATOR = new RateLimit(
            "invitations per administrator", // not user text: a limit's name, for logs
            30, Duration.ofHours(1));
    /** One answer for ‘no such account’ and ‘not an unconfirmed applicant’: the dialog sorts no one's accounts. */
    static final Message NO_UNCONFIRMED_APPLICANT = Message.of("staff.account.confirm.no-unconfirmed-applicant");

    private final UserAccountRepository accounts;
    private final OneTimeTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final PageLanguage pageLanguage;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Partnerships partnerships;
    private final AppProperties properties;
    private final SignedInSessions sessions;
    private final RateLimits limits;
    private final Translations translations;
    private final Clock clock;

    UserAdministration(UserAccountRepository accounts, OneTimeTokens tokens, PasswordEncoder passwordEncoder,
            Mailer mailer, PageLanguage pageLanguage, AuditLog auditLog, CurrentUser currentUser, Partnerships partnerships,
            AppProperties properties, SignedInSessions sessions, RateLimits limits, Translations translations,
            Clock clock) {
        this.translations = translations;
        this.sessions = sessions;
        this.limits = limits;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.pageLanguage = pageLanguage;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.partnerships = partnerships;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A page of the partnership's people by name (A to Z, or Z to A when the page asks for
     * {@code displayName} descending): two statements a page, however many people there are.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> users(Pageable pageable) {
        var byName = pageable.getSort().getOrderFor("displayName");
        var direction = byName == null ? Sort.Direction.ASC : byName.getDirection();
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(direction, "displayName").and(Sort.by(direction, "id")));
        return accounts.findByPartnershipId(currentUser.partnershipId(), page).map(UserAccount::toSummary)
                .getContent();
    }

    /** People invited who have not yet accepted. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countInvited() {
        return accounts.countByPartnershipIdAndPasswordHashIsNull(currentUser.partnershipId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary invite(Invitation invitation) {
        long partnershipId = currentUser.partnershipId();
        String email = AccountRules.normaliseEmail(invitation.email());
        String name = invitation.name() == null ? "" : invitation.name().trim();
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkName(name, AccountRules.Whose.INVITEE, errors);
        AccountRules.checkEmail(email, AccountRules.Whose.INVITEE, errors);
        if (!errors.containsKey("email") && accounts.existsByEmail(email)) {
            errors.put("email", Message.of("staff.account.invite.email-taken"));
        }
        checkRoles(invitation.roles(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        limits.tryTake(INVITATIONS_PER_ADMINISTRATOR.of(currentUser.require().id())).ifPresent(wait -> {
            throw new InvalidInputException("email", Message.of("staff.account.invite.too-many",
                    MailRequestLimits.minutes(wait)));
        });
        var account = accounts.save(UserAccount.invited(email, name, partnershipId, invitation.roles(),
                clock.instant()));
        String token = tokens.issue(account.getId(), TokenPurpose.INVITATION);
        Language language = account.language().orElseGet(pageLanguage::current);
        mailer.queue(OutgoingMail.of("invitation", email, language, partnershipId)
                .with("name", name)
                .with("inviter", currentUser.require().displayName())
                .with("partnership", partnerships.get(partnershipId).name())
                .with("roles", labels(invitation.roles(), language))
                .with("link", properties.link("accept-invitation?token=" + token))
                .withOneTimeToken(token, TokenPurpose.INVITATION.lifetime));
        auditLog.record(partnershipId, "USER_INVITED", USER, account.getId(), null,
                email + " as " + names(invitation.roles()));
        return account.toSummary();
    }

    /**
     * A panel's new member by email: a person of the officer's partnership as they are, or someone new (often a
     * resident) invited with the panellist role to choose a password. A group's applicant account or someone of
     * another partnership cannot be enrolled: their account belongs elsewhere.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public PanellistEnrolment enrolPanellist(String name, String email, String panelTitle) {
        long partnershipId = currentUser.partnershipId();
        String address = AccountRules.normaliseEmail(email);
        String cleanName = name == null ? "" : name.trim();
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkEmail(address, AccountRules.Whose.INVITEE, errors);
        var existing = errors.isEmpty() ? accounts.findByEmail(address) : Optional.<UserAccount>empty();
        if (existing.isPresent()) {
            if (!Long.valueOf(partnershipId).equals(existing.get().getPartnershipId())) {
                throw new InvalidInputException("email", Message.of("staff.panels.invite.email-elsewhere"));
            }
            var account = existing.get();
            return new PanellistEnrolment(account.getId(), account.getDisplayName(), address, false);
        }
        AccountRules.checkName(cleanName, AccountRules.Whose.INVITEE, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        limits.tryTake(INVITATIONS_PER_ADMINISTRATOR.of(currentUser.require().id())).ifPresent(wait -> {
            throw new InvalidInputException("email", Message.of("staff.account.invite.too-many",
                    MailRequestLimits.minutes(wait)));
        });
        var account = accounts.save(UserAccount.invited(address, cleanName, partnershipId, Set.of(Role.PANELLIST),
                clock.instant()));
        queuePanelInvitation(account, panelTitle);
        auditLog.record(partnershipId, "USER_INVITED", USER, account.getId(), null,
                address + " as " + names(Set.of(Role.PANELLIST)));
        return new PanellistEnrolment(account.getId(), cleanName, address, true);
    }

    /**
     * A panel member's invitation again: a new link to choose a password if they have not used theirs (the old link
     * stops working), else nothing here and {@code invited} false, so the panel tells them they are on it.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public PanellistEnrolment resendPanelInvitation(long accountId, String panelTitle) {
        var account = accounts.findById(accountId)
                .filter(a -> Long.valueOf(currentUser.partnershipId()).equals(a.getPartnershipId()))
                .orElseThrow(() -> new RecordNotFoundException("User"));
        if (account.hasAcceptedInvitation()) {
            return new PanellistEnrolment(account.getId(), account.getDisplayName(), account.getEmail(), false);
        }
        limits.tryTake(INVITATIONS_PER_ADMINISTRATOR.of(currentUser.require().id())).ifPresent(wait -> {
            throw new InvalidInputException("member", Message.of("staff.account.invite.too-many",
                    MailRequestLimits.minutes(wait)));
        });
        queuePanelInvitation(account, panelTitle);
        return new PanellistEnrolment(account.getId(), account.getDisplayName(), account.getEmail(), true);
    }

    private void queuePanelInvitation(UserAccount account, String panelTitle) {
        String token = tokens.issue(account.getId(), TokenPurpose.INVITATION);
        Language language = account.language().orElseGet(pageLanguage::current);
        mailer.queue(OutgoingMail.of("panel-invitation", account.getEmail(), language, account.getPartnershipId())
                .with("name", account.getDisplayName())
                .with("inviter", currentUser.require().displayName())
                .with("partnership", partnerships.get(account.getPartnershipId()).name())
                .with("round", panelTitle)
                .with("link", properties.link("accept-invitation?token=" + token))
                .withOneTimeToken(token, TokenPurpose.INVITATION.lifetime));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary changeRoles(long userId, Set<Role> roles) {
        long partnershipId = currentUser.partnershipId();
        var account = ownPartnershipAccount(userId);
        Map<String, Message> errors = new LinkedHashMap<>();
        checkRoles(roles, errors);
        if (account.getId() == currentUser.require().id() && !roles.contains(Role.ADMIN)) {
            errors.put("roles", Message.of("staff.account.roles.own-admin"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        String before = names(account.getRoles());
        account.replaceRoles(roles);
        auditLog.record(partnershipId, "ROLES_CHANGED", USER, userId, before, names(roles));
        sessions.endAllOf(userId);
        return account.toSummary();
    }

    /**
     * Switches off the account of someone who has left: their sessions end and no way in lets them sign in again
     * until an administrator switches it back on.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary disable(long userId) {
        var account = ownPartnershipAccount(userId);
        if (account.getId() == currentUser.require().id()) {
            throw new InvalidInputException("enabled", Message.of("staff.account.disable.own"));
        }
        if (account.isEnabled()) {
            account.disable();
            auditLog.record(account.getPartnershipId(), "USER_DISABLED", USER, userId, "enabled", "disabled");
        }
        sessions.endAllOf(userId);
        return account.toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary enable(long userId) {
        var account = ownPartnershipAccount(userId);
        if (!account.isEnabled()) {
            account.enable();
            auditLog.record(account.getPartnershipId(), "USER_ENABLED", USER, userId, "disabled", "enabled");
        }
        return account.toSummary();
    }

    /**
     * Confirms by hand the email address of someone who registered as an applicant and has not opened their link
     * (when mail is not set up, the link never reaches them). Applicants belong to no partnership, so any
     * administrator may do it, but only for an exact address they were given: no one else's account is shown.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary confirmApplicantEmail(String email) {
        String address = AccountRules.normaliseEmail(email);
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkEmail(address, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var account = accounts.findByEmail(address)
                .filter(a -> a.getPartnershipId() == null && a.getRoles().equals(Set.of(Role.APPLICANT))
                        && a.hasAcceptedInvitation() && !a.isEmailVerified())
                .orElseThrow(() -> new InvalidInputException("email", NO_UNCONFIRMED_APPLICANT));
        account.verifyEmail();
        auditLog.record(currentUser.partnershipId(), "USER_EMAIL_CONFIRMED", USER, account.getId(), "unconfirmed",
                address + " confirmed by an administrator"); // not user text: audit detail
        return account.toSummary();
    }

    private UserAccount ownPartnershipAccount(long userId) {
        return accounts.findByIdAndPartnershipId(userId, currentUser.partnershipId())
                .orElseThrow(() -> new RecordNotFoundException("User"));
    }

    /** The invitation behind a link, if it is still open: for the accept page to greet the person. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> openInvitation(String token) {
        return tokens.check(token, TokenPurpose.INVITATION).flatMap(accounts::findById).map(UserAccount::toSummary);
    }

    /** Accepts an invitation by choosing a name and password. False when the link is wrong, used or expired. */
    @Transactional
    public boolean acceptInvitation(String token, String name, String password, String confirmPassword) {
        var userId = tokens.check(token, TokenPurpose.INVITATION);
        if (userId.isEmpty()) {
            return false;
        }
        var account = accounts.findById(userId.get()).orElseThrow();
        String cleanName = name == null ? "" : name.trim();
        Map<String, Message> errors = new LinkedHashMap<>();
        AccountRules.checkName(cleanName, errors);
        AccountRules.checkPassword(password, account.getEmail(), errors);
        AccountRules.checkSamePassword(password, confirmPassword, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        tokens.redeem(token, TokenPurpose.INVITATION);
        account.acceptInvitation(cleanName, passwordEncoder.encode(password));
        auditLog.recordAs(account.getEmail(), account.getPartnershipId(), "INVITATION_ACCEPTED", USER,
                account.getId(), null, names(account.getRoles()));
        return true;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUsers() {
        return accounts.countByPartnershipId(currentUser.partnershipId());
    }

    private static void checkRoles(Set<Role> roles, Map<String, Message> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", Message.of("staff.account.roles.required"));
        } else if (!GRANTABLE.containsAll(roles)) {
            errors.put("roles", Message.of("staff.account.roles.not-grantable"));
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /** ‘panellist and officer’, as the invitation mail says it. */
    private String labels(Set<Role> roles, Language language) {
        var names = roles.stream().sorted()
                .map(r -> translations.text(language, r.label()).toLowerCase(language.locale())).toList();
        String text = names.getLast();
        for (int i = names.size() - 2; i >= 0; i--) {
            text = translations.text(language, "account.role.list", names.get(i), text);
        }
        return text;
    }
}
