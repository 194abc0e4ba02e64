package org.communitychest.organisations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.London;
import org.communitychest.base.RateLimit;
import org.communitychest.base.RateLimits;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.PageLanguage;
import org.communitychest.base.Translations;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.security.AccountInfo;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community groups' profiles, kept once and reused in every application. A group is visible only to its members:
 * anyone else asking for it gets "not found". Groups belong to no partnership; they may apply to any.
 */
@Service
public class Organisations {

    /** Shown when a colleague saved the profile after this member opened it. */
    public static final Message STALE_VERSION = Message.of("groups.stale-version");
    static final String JOIN_PATH = "join-organisation";
    private static final String SUBJECT = "Organisation"; // not user text: the audit trail's subject type
    static final RateLimit INVITATIONS_PER_MEMBER = new RateLimit(
            "group invitations per member", // not user text: a limit's name, for logs
            20, Duration.ofHours(1));
    static final RateLimit INVITATIONS_TO_ADDRESS = new RateLimit(
            "group invitations per email address", // not user text: a limit's name, for logs
            3, Duration.ofHours(1));

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final OrganisationInvitationRepository invitations;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Mailer mailer;
    private final PageLanguage pageLanguage;
    private final AppProperties properties;
    private final GroupsApplyingTo groupsApplying;
    private final RateLimits limits;
    private final Translations translations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Organisations(OrganisationRepository organisations, MembershipRepository memberships,
            OrganisationInvitationRepository invitations, Accounts accounts, CurrentUser currentUser,
            AuditLog auditLog, Mailer mailer, PageLanguage pageLanguage, AppProperties properties, GroupsApplyingTo groupsApplying,
            RateLimits limits, Translations translations, Clock clock) {
        this.translations = translations;
        this.groupsApplying = groupsApplying;
        this.limits = limits;
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.mailer = mailer;
        this.pageLanguage = pageLanguage;
        this.properties = properties;
        this.clock = clock;
    }

    /** The signed-in member's groups, by name. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> mine() {
        return organisations.findOfMember(currentUser.require().id()).stream().map(Organisation::toSummary).toList();
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public OrganisationProfile get(long id) {
        return profileOf(memberOrganisation(id));
    }

    /** Sets up a group with the signed-in person as its first member. Bad input saves nothing. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public OrganisationProfile create(OrganisationForm form) {
        var details = OrganisationRules.check(form);
        long userId = currentUser.require().id();
        var now = now();
        var organisation = organisations.save(new Organisation(details, now));
        memberships.save(new Membership(organisation.getId(), userId, now));
        auditLog.record(null, "ORGANISATION_CREATED", SUBJECT, organisation.getId(), null,
                text(details.describe(translations)));
        return profileOf(organisation);
    }

    /**
     * Saves a member's changes to the profile they opened at {@code expectedVersion}. If a colleague saved in
     * between, nothing is saved and the "version" message explains why.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public OrganisationProfile update(long id, long expectedVersion, OrganisationForm form) {
        var organisation = memberOrganisation(id);
        var details = OrganisationRules.check(form);
        if (organisation.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", STALE_VERSION);
        }
        var before = organisation.details().describe(translations);
        var after = details.describe(translations);
        if (before.equals(after)) {
            return profileOf(organisation);
        }
        organisation.change(details);
        organisations.flush();
        auditLog.record(null, "ORGANISATION_UPDATED", SUBJECT, id, text(changed(before, after)),
                text(changed(after, before)));
        return profileOf(organisation);
    }

    /**
     * Emails a colleague a link to join the group; it works once, for 14 days, for whoever signs in with it. A new
     * invitation to the same address replaces the previous one.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void inviteMember(long organisationId, String email) {
        var organisation = memberOrganisation(organisationId);
        String address = OrganisationRules.normaliseEmail(email);
        Message problem = OrganisationRules.emailProblem(address);
        if (problem == null && memberAccounts(organisationId).stream().anyMatch(a -> a.email().equals(address))) {
            problem = Message.of("groups.invite.already-member", address, organisation.getName());
        }
        if (problem != null) {
            throw new InvalidInputException("email", problem);
        }
        takeInvitationAllowance(address);
        var now = now();
        invitations.findByOrganisationIdAndEmailAndAcceptedAtIsNull(organisationId, address)
                .forEach(i -> i.replace(now));
        String token = newToken();
        var invitation = invitations.save(new OrganisationInvitation(organisationId, address, hash(token),
                currentUser.require().id(), now));
        mailer.queue(OutgoingMail.of("organisation-invitation", address,
                accounts.languageFor(address, pageLanguage.current()), null)
                .with("inviter", currentUser.require().displayName())
                .with("organisation", organisation.getName())
                .with("link", properties.link(JOIN_PATH + "?token=" + token))
                .with("expires", London.format(London.toLocal(invitation.getExpiresAt()).toLocalDate()))
                .withOneTimeToken(token, OrganisationInvitation.LIFETIME));
        auditLog.record(null, "ORGANISATION_MEMBER_INVITED", SUBJECT, organisationId, null, address);
    }

    /** So that no one can flood a mailbox with invitations. */
    private void takeInvitationAllowance(String address) {
        var byMember = INVITATIONS_PER_MEMBER.of(currentUser.require().id());
        limits.tryTake(byMember).ifPresent(wait -> {
            throw new InvalidInputException("email", Message.of("groups.invite.too-many", minutes(wait)));
        });
        limits.tryTake(INVITATIONS_TO_ADDRESS.of(address)).ifPresent(wait -> {
            limits.giveBack(byMember);
            throw new InvalidInputException("email", Message.of("groups.invite.address-too-many", address,
                    minutes(wait)));
        });
    }

    private static Message minutes(Duration wait) {
        return Message.of("groups.minutes", RateLimits.wholeMinutes(wait));
    }

    /** The group an invitation link is for, while the link still works: for the join page to say what it joins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> openInvitation(String token) {
        return usableInvitation(token).flatMap(i -> organisations.findById(i.getOrganisationId()))
                .map(Organisation::toSummary);
    }

    /** Joins the signed-in person to the group of the invitation. False when the link is wrong, used or expired. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public boolean acceptInvitation(String token) {
        var found = usableInvitation(token);
        if (found.isEmpty()) {
            return false;
        }
        var invitation = found.get();
        var user = currentUser.require();
        var now = now();
        invitation.accept(user.id(), now);
        long organisationId = invitation.getOrganisationId();
        if (!memberships.existsByOrganisationIdAndUserId(organisationId, user.id())) {
            memberships.save(new Membership(organisationId, user.id(), now));
            auditLog.record(null, "ORGANISATION_MEMBER_JOINED", SUBJECT, organisationId, null,
                    user.email() + (user.email().equals(invitation.getEmail())
                            ? "" : " (invited as " + invitation.getEmail() + ")")); // not user text: audit detail
        }
        return true;
    }

    /** Whether the signed-in person is a member of the group; false for staff and for groups that do not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMember(long organisationId) {
        return memberships.existsByOrganisationIdAndUserId(organisationId, currentUser.require().id());
    }

    /** Refuses with ‘not found’ anyone who is not a member of the group. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void requireMember(long organisationId) {
        if (!isMember(organisationId)) {
            throw new RecordNotFoundException(SUBJECT);
        }
    }

    /** The members' email addresses, for officers and administrators writing to the group, or for its members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> contactEmails(long organisationId) {
        requireReader(organisationId);
        return memberAccounts(organisationId).stream().map(AccountInfo::email).toList();
    }


    /**
     * Groups as published grants name them, for anyone: the awards module asks only for groups whose grant has been
     * accepted, which the partnership publishes.
     */
    @Transactional(readOnly = true)
    public Map<Long, GrantRecipient> recipients(java.util.Collection<Long> organisationIds) {
        return organisations.findAllById(organisationIds).stream().map(Organisation::toRecipient)
                .collect(Collectors.toMap(GrantRecipient::id, Function.identity()));
    }

    @PreAuthorize("hasAnyRole('OFFICER','ADMIN','PANELLIST')")
    @Transactional(readOnly = true)
    public OrganisationSummary summaryForStaff(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::toSummary)
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT));
    }

    /**
     * The group's profile as it stands, for whoever may read an application of the group: its members, and
     * partnership officers and administrators (who read the applications sent to their partnership).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrganisationProfile profileForApplication(long organisationId) {
        boolean staff = requireReader(organisationId);
        var profile = profileOf(organisations.findById(organisationId)
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT)));
        return staff ? profile.withoutPendingInvitations() : profile;
    }

    /**
     * The group as a panel reads it with a bid: its name, form, numbers and income band, without its members, their
     * contacts or its address. Only a group that has applied to the reader's partnership.
     */
    @PreAuthorize("hasAnyRole('PANELLIST', 'OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public OrganisationProfile profileForPanel(long organisationId) {
        var user = currentUser.require();
        if (user.partnershipId() == null || !groupsApplying.hasApplied(user.partnershipId(), organisationId)) {
            throw new RecordNotFoundException(SUBJECT);
        }
        var o = organisations.findById(organisationId).orElseThrow(() -> new RecordNotFoundException(SUBJECT));
        var full = o.toProfile(List.of(), List.of());
        return new OrganisationProfile(full.id(), full.version(), full.name(), full.legalForm(), full.charityNumber(),
                full.companyNumber(), null, null, null, null, full.incomeBand(), full.webAddress(), full.createdAt(),
                List.of(), List.of());
    }

    /**
     * The profiles, as staff read them, of the groups that have applied to the caller's partnership, by group
     * id: three statements however many groups (for a pack of a round's applications). Any other group is left
     * out.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, OrganisationProfile> profilesForApplications(java.util.Collection<Long> organisationIds) {
        var applied = groupsApplying.whichHaveApplied(currentUser.partnershipId(), organisationIds);
        if (applied.isEmpty()) {
            return Map.of();
        }
        var joined = memberships.findByOrganisationIdInOrderByJoinedAtAscIdAsc(applied);
        Map<Long, AccountInfo> people = accounts.describe(joined.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(AccountInfo::id, Function.identity()));
        Map<Long, List<MemberInfo>> members = new java.util.HashMap<>();
        for (var membership : joined) {
            var person = people.get(membership.getUserId());
            if (person != null) {
                members.computeIfAbsent(membership.getOrganisationId(), id -> new ArrayList<>())
                        .add(new MemberInfo(person.id(), person.displayName(), person.email(),
                                membership.getJoinedAt()));
            }
        }
        return organisations.findAllById(applied).stream().collect(Collectors.toMap(Organisation::getId,
                o -> o.toProfile(members.getOrDefault(o.getId(), List.of()), List.of())));
    }

    /**
     * The income bands, by group id, of the groups that have applied to the caller's partnership (a panel's
     * reserved share for small groups): two statements however many groups. Any other group is left out.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, IncomeBand> incomeBandsForApplications(java.util.Collection<Long> organisationIds) {
        var applied = groupsApplying.whichHaveApplied(currentUser.partnershipId(), organisationIds);
        if (applied.isEmpty()) {
            return Map.of();
        }
        return organisations.incomeBandsOf(applied).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (IncomeBand) row[1]));
    }

    /**
     * Members may read their group; officers and administrators only a group that has applied to their
     * partnership. Anyone else gets "not found". Answers whether the reader is staff.
     */
    private boolean requireReader(long organisationId) {
        var user = currentUser.require();
        var roles = user.roleNames();
        boolean staff = (roles.contains("OFFICER") || roles.contains("ADMIN")) && user.partnershipId() != null;
        if (staff) {
            if (!groupsApplying.hasApplied(user.partnershipId(), organisationId)) {
                throw new RecordNotFoundException(SUBJECT);
            }
        } else {
            requireMember(organisationId);
        }
        return staff;
    }


    private Organisation memberOrganisation(long id) {
        if (!memberships.existsByOrganisationIdAndUserId(id, currentUser.require().id())) {
            throw new RecordNotFoundException(SUBJECT);
        }
        return organisations.findById(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT));
    }

    private OrganisationProfile profileOf(Organisation organisation) {
        long id = organisation.getId();
        var joined = memberships.findByOrganisationIdOrderByJoinedAtAscIdAsc(id);
        Map<Long, AccountInfo> people = accounts.describe(joined.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(AccountInfo::id, Function.identity()));
        var members = new ArrayList<MemberInfo>();
        for (var membership : joined) {
            var person = people.get(membership.getUserId());
            if (person != null) {
                members.add(new MemberInfo(person.id(), person.displayName(), person.email(),
                        membership.getJoinedAt()));
            }
        }
        var pending = invitations
                .findByOrganisationIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtAscIdAsc(id, now())
                .stream().map(OrganisationInvitation::toPending).toList();
        return organisation.toProfile(members, pending);
    }

    private List<AccountInfo> memberAccounts(long organisationId) {
        return accounts.describe(memberships.findByOrganisationIdOrderByJoinedAtAscIdAsc(organisationId).stream()
                .map(Membership::getUserId).toList());
    }

    private Optional<OrganisationInvitation> usableInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token)).filter(i -> i.usableAt(now()));
    }

    /**
     * Now, to the whole second, so that a profile reads the same before and after saving on every database:
     * Connector/J takes MariaDB 10.11 (which reports itself as "5.5.5-…") for a server without fractional seconds
     * and drops them from every timestamp it sends.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of {@code these} whose value differs in {@code others}. */
    private static Map<String, String> changed(Map<String, String> these, Map<String, String> others) {
        var result = new LinkedHashMap<String, String>();
        these.forEach((field, value) -> {
            if (!Objects.equals(value, others.get(field))) {
                result.put(field, value);
            }
        });
        return result;
    }

    private static String text(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() == null ? "(none)" : e.getValue())) // not user text: audit
                .collect(Collectors.joining("; "));
    }
}
