package org.communitychest.panels;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.PanelBids;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.PageLanguage;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.AccountInfo;
import org.communitychest.security.PanellistEnrolment;
import org.communitychest.security.Accounts;
import org.communitychest.security.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer's panels: one a round, its members (invited by email), and the register of declarations. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class Panels {

    static final String PANEL = "Panel"; // not user text: audit subject type
    private static final SecureRandom SEEDS = new SecureRandom();

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final ConflictRepository conflicts;
    private final ScoreSheetRepository sheets;
    private final CurrentMember currentMember;
    private final Rounds rounds;
    private final PanelBids bids;
    private final UserAdministration users;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Partnerships partnerships;
    private final PageLanguage pageLanguage;
    private final AppProperties properties;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    Panels(PanelRepository panels, PanelMemberRepository members, ConflictRepository conflicts,
            ScoreSheetRepository sheets, CurrentMember currentMember, Rounds rounds, PanelBids bids,
            UserAdministration users, Accounts accounts, Mailer mailer, Partnerships partnerships,
            PageLanguage pageLanguage, AppProperties properties, AuditLog auditLog, CurrentUser currentUser,
            Clock clock) {
        this.panels = panels;
        this.members = members;
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.currentMember = currentMember;
        this.rounds = rounds;
        this.bids = bids;
        this.users = users;
        this.accounts = accounts;
        this.mailer = mailer;
        this.partnerships = partnerships;
        this.pageLanguage = pageLanguage;
        this.properties = properties;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PanelSummary> ofRound(long roundId) {
        rounds.requireMine(roundId);
        return panels.findByRoundId(roundId).map(this::summary);
    }

    @Transactional(readOnly = true)
    public PanelSummary get(long panelId) {
        return summary(currentMember.panel(panelId));
    }

    /** The round's panel, created once the round is published; the same panel if it exists already. */
    @Transactional
    public PanelSummary create(long roundId) {
        var round = rounds.get(roundId);
        if (round.status() == RoundStatus.DRAFT) {
            throw new InvalidInputException("round", Message.of("staff.panels.create.round-draft"));
        }
        var existing = panels.findByRoundId(roundId);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        var panel = panels.saveAndFlush(new Panel(round.partnershipId(), roundId, SEEDS.nextLong(),
                clock.instant(), currentUser.actorName()));
        auditLog.record(panel.getPartnershipId(), "PANEL_CREATED", PANEL, panel.getId(), null,
                round.title() + " · lottery seed " + panel.getLotterySeed()); // not user text: audit detail
        return summary(panel);
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(long panelId) {
        var panel = currentMember.panel(panelId);
        var seats = members.findByPanelIdOrderByIdAsc(panel.getId());
        Map<Long, AccountInfo> people = accounts.describe(seats.stream().map(PanelMember::getAccountId).toList())
                .stream().collect(Collectors.toMap(AccountInfo::id, Function.identity()));
        var declared = new HashMap<Long, int[]>();
        conflicts.findByPanelIdOrderByDeclaredAtAsc(panel.getId()).forEach(d -> {
            var counts = declared.computeIfAbsent(d.getMemberId(), id -> new int[2]);
            counts[0]++;
            counts[1] += d.isConflicted() ? 1 : 0;
        });
        var submitted = new HashMap<Long, Long>();
        sheets.countByMember(panel.getId(), Moderation.COUNTED)
                .forEach(row -> submitted.put((Long) row[0], (Long) row[1]));
        return seats.stream().map(seat -> {
            var person = people.get(seat.getAccountId());
            var counts = declared.getOrDefault(seat.getId(), new int[2]);
            return new MemberRow(seat.getId(), seat.getAccountId(), person == null ? "" : person.displayName(),
                    person == null ? "" : person.email(), seat.getKind(), seat.getInvitedAt(),
                    seat.getGuidanceConfirmedAt(), counts[0], counts[1],
                    submitted.getOrDefault(seat.getId(), 0L).intValue());
        }).toList();
    }

    /**
     * Asks someone onto the panel by email. Someone new (often a resident) gets an account with the panellist role
     * and an invitation to choose a password; someone of the partnership already is told they have been added.
     */
    @Transactional
    public MemberRow invite(long panelId, MemberInvitation invitation) {
        var panel = currentMember.panel(panelId);
        if (invitation.kind() == null) {
            throw new InvalidInputException("kind", Message.of("staff.panels.invite.kind-required"));
        }
        var round = rounds.get(panel.getRoundId());
        var enrolment = users.enrolPanellist(invitation.name(), invitation.email(), round.title());
        if (members.existsByPanelIdAndAccountId(panel.getId(), enrolment.accountId())) {
            throw new InvalidInputException("email", Message.of("staff.panels.invite.already-member"));
        }
        var seat = members.saveAndFlush(new PanelMember(panel.getId(), enrolment.accountId(), invitation.kind(),
                clock.instant()));
        if (!enrolment.invited()) {
            queueAdded(panel, round.title(), enrolment);
        }
        auditLog.record(panel.getPartnershipId(), "PANEL_MEMBER_ADDED", PANEL, panel.getId(), null,
                enrolment.email() + " · " + invitation.kind());
        return new MemberRow(seat.getId(), enrolment.accountId(), enrolment.displayName(), enrolment.email(),
                seat.getKind(), seat.getInvitedAt(), null, 0, 0, 0);
    }

    /**
     * Opens scoring until the deadline and tells each member by email (queued). Allocation rules are fixed from now.
     */
    @Transactional
    public void openScoring(long panelId, java.time.Instant closesAt) {
        var panel = currentMember.panel(panelId);
        mailMembers(panel, "panel-scoring-open", rounds.openScoring(panel.getRoundId(), closesAt), closesAt);
    }

    /** Moves the deadline of scoring that is open, earlier or later, and tells each member by email (queued). */
    @Transactional
    public void moveScoringDeadline(long panelId, java.time.Instant closesAt) {
        var panel = currentMember.panel(panelId);
        mailMembers(panel, "panel-scoring-deadline", rounds.moveScoringDeadline(panel.getRoundId(), closesAt),
                closesAt);
    }

    private void mailMembers(Panel panel, String template, RoundDetails round, java.time.Instant deadline) {
        var seats = members.findByPanelIdOrderByIdAsc(panel.getId());
        String partnership = partnerships.get(panel.getPartnershipId()).name();
        for (var person : accounts.describe(seats.stream().map(PanelMember::getAccountId).toList())) {
            Language language = accounts.languageFor(person.email(), Language.ENGLISH);
            mailer.queue(OutgoingMail.of(template, person.email(), language, panel.getPartnershipId())
                    .with("name", person.displayName())
                    .with("partnership", partnership)
                    .with("round", round.title())
                    .with("deadline", org.communitychest.base.London.format(deadline))
                    .with("link", properties.link(PanelPaths.panel(panel.getId()))));
        }
    }

    /**
     * Takes someone off the panel before they have submitted any scores: their declarations and draft scores go
     * with them (the audit trail says how many). Someone who has submitted scores stays, so the scores keep a scorer.
     */
    @Transactional
    public void removeMember(long panelId, long memberId) {
        var panel = currentMember.panel(panelId);
        var seat = seat(panel, memberId);
        if (rounds.get(panel.getRoundId()).status() == RoundStatus.DECIDED) {
            throw new InvalidInputException("member", Message.of("staff.panels.member.remove-decided"));
        }
        var memberSheets = sheets.findByMemberId(seat.getId());
        if (memberSheets.stream().anyMatch(sheet -> sheet.getStatus().counts())) {
            throw new InvalidInputException("member", Message.of("staff.panels.member.remove-submitted"));
        }
        var declarations = conflicts.findByMemberId(seat.getId());
        sheets.deleteAll(memberSheets);
        conflicts.deleteAll(declarations);
        members.delete(seat);
        members.flush();
        var person = accounts.describe(List.of(seat.getAccountId()));
        auditLog.record(panel.getPartnershipId(), "PANEL_MEMBER_REMOVED", PANEL, panel.getId(),
                person.isEmpty() ? String.valueOf(seat.getAccountId()) : person.get(0).email(),
                declarations.size() + " declarations, " + memberSheets.size() // not user text: audit detail
                        + " draft score sheets removed"); // not user text: audit detail
    }

    /**
     * Sends a member's invitation again: a new link to choose a password for someone who has not yet used theirs
     * (the old link stops working), otherwise the mail that says they are on the panel. Either is queued.
     */
    @Transactional
    public MemberRow resendInvitation(long panelId, long memberId) {
        var panel = currentMember.panel(panelId);
        var seat = seat(panel, memberId);
        var round = rounds.get(panel.getRoundId());
        var enrolment = users.resendPanelInvitation(seat.getAccountId(), round.title());
        if (!enrolment.invited()) {
            queueAdded(panel, round.title(), enrolment);
        }
        auditLog.record(panel.getPartnershipId(), "PANEL_INVITATION_RESENT", PANEL, panel.getId(), null,
                enrolment.email());
        return new MemberRow(seat.getId(), seat.getAccountId(), enrolment.displayName(), enrolment.email(),
                seat.getKind(), seat.getInvitedAt(), seat.getGuidanceConfirmedAt(), 0, 0, 0);
    }

    private PanelMember seat(Panel panel, long memberId) {
        return members.findById(memberId).filter(m -> m.getPanelId() == panel.getId())
                .orElseThrow(() -> new RecordNotFoundException("Panel member"));
    }

    private void queueAdded(Panel panel, String roundTitle, PanellistEnrolment enrolment) {
        Language language = accounts.languageFor(enrolment.email(), pageLanguage.current());
        mailer.queue(OutgoingMail.of("panel-added", enrolment.email(), language, panel.getPartnershipId())
                .with("name", enrolment.displayName())
                .with("inviter", currentUser.require().displayName())
                .with("partnership", partnerships.get(panel.getPartnershipId()).name())
                .with("round", roundTitle)
                .with("link", properties.link(PanelPaths.panel(panel.getId()))));
    }

    /** Closes scoring before its deadline: submitted sheets lock and the panel moderates. */
    @Transactional
    public void closeScoring(long panelId) {
        rounds.closeScoring(currentMember.panel(panelId).getRoundId());
    }

    /** Every declaration of the panel, conflicts and none alike, in the order they were made. */
    @Transactional(readOnly = true)
    public List<DeclarationRow> declarations(long panelId) {
        var panel = currentMember.panel(panelId);
        var seats = members.findByPanelIdOrderByIdAsc(panel.getId()).stream()
                .collect(Collectors.toMap(PanelMember::getId, PanelMember::getAccountId));
        var names = accounts.describe(seats.values()).stream()
                .collect(Collectors.toMap(AccountInfo::id, AccountInfo::displayName));
        Map<Long, ApplicationRow> rows = bids.bids(panel.getRoundId()).stream()
                .collect(Collectors.toMap(ApplicationRow::id, Function.identity()));
        return conflicts.findByPanelIdOrderByDeclaredAtAsc(panel.getId()).stream().map(d -> {
            var row = rows.get(d.getApplicationId());
            return new DeclarationRow(names.getOrDefault(seats.get(d.getMemberId()), ""), d.getApplicationId(),
                    row == null ? "" : row.reference(), row == null ? "" : row.organisationName(), d.isConflicted(),
                    d.getReason(), d.getDeclaredAt());
        }).toList();
    }

    private PanelSummary summary(Panel panel) {
        return new PanelSummary(panel.getId(), panel.getRoundId(), panel.getCreatedAt(), "",
                members.findByPanelIdOrderByIdAsc(panel.getId()).size());
    }
}
