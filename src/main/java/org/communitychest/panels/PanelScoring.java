package org.communitychest.panels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.GapAlignment;
import org.communitychest.applications.PanelBids;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.PageLanguage;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panellist's work: their panels, the guidance, a conflict declaration per bid, then their own scores, saved as
 * they go and submitted per bid. Others' scores stay hidden until the panellist has submitted their own.
 */
@Service
@PreAuthorize("hasAnyRole('PANELLIST', 'OFFICER', 'ADMIN')")
public class PanelScoring {

    static final String SHEET = "Score sheet"; // not user text: audit subject type
    public static final int REASON_LIMIT = 1000;
    public static final int COMMENT_LIMIT = 2000;

    private final CurrentMember currentMember;
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final ConflictRepository conflicts;
    private final ScoreSheetRepository sheets;
    private final ScoreAmendmentRepository amendments;
    private final PanelBids bids;
    private final Rounds rounds;
    private final PanelPackPdf packPdf;
    private final PageLanguage pageLanguage;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    PanelScoring(CurrentMember currentMember, PanelRepository panels, PanelMemberRepository members,
            ConflictRepository conflicts, ScoreSheetRepository sheets, ScoreAmendmentRepository amendments,
            PanelBids bids, Rounds rounds, PanelPackPdf packPdf, PageLanguage pageLanguage, AuditLog auditLog,
            CurrentUser currentUser, Clock clock) {
        this.packPdf = packPdf;
        this.pageLanguage = pageLanguage;
        this.currentMember = currentMember;
        this.panels = panels;
        this.members = members;
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.amendments = amendments;
        this.bids = bids;
        this.rounds = rounds;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The panels the signed-in person sits on, newest first. */
    @Transactional(readOnly = true)
    public List<MyPanel> myPanels() {
        var user = currentUser.require();
        var seats = members.findByAccountId(user.id());
        if (seats.isEmpty()) {
            return List.of();
        }
        var byId = panels.findByIdIn(seats.stream().map(PanelMember::getPanelId).toList()).stream()
                .filter(p -> Long.valueOf(p.getPartnershipId()).equals(user.partnershipId()))
                .collect(Collectors.toMap(Panel::getId, Function.identity()));
        var mine = new ArrayList<MyPanel>();
        for (var seat : seats) {
            var panel = byId.get(seat.getPanelId());
            if (panel != null) {
                mine.add(summary(panel, seat));
            }
        }
        mine.sort((a, b) -> Long.compare(b.panelId(), a.panelId()));
        return mine;
    }

    @Transactional(readOnly = true)
    public MyPanel panel(long panelId) {
        var seat = currentMember.of(panelId);
        return summary(seat.panel(), seat.member());
    }

    /** The round behind the panel, for its criteria and descriptors. */
    @Transactional(readOnly = true)
    public RoundDetails round(long panelId) {
        return rounds.get(currentMember.of(panelId).panel().getRoundId());
    }

    @Transactional
    public void confirmGuidance(long panelId) {
        var seat = currentMember.of(panelId);
        if (!seat.member().hasConfirmedGuidance()) {
            seat.member().confirmGuidance(clock.instant());
            auditLog.record(seat.panel().getPartnershipId(), "PANEL_GUIDANCE_CONFIRMED", Panels.PANEL,
                    seat.panel().getId(), null, currentUser.actorName());
        }
    }

    /** The panellist has tried the practice bid. */
    @Transactional
    public void practised(long panelId) {
        currentMember.of(panelId).member().practised(clock.instant());
    }

    /** The round's bids with where the panellist is with each; conflicted ones stay, named, so they know. */
    @Transactional(readOnly = true)
    public List<BidLine> bids(long panelId) {
        var seat = currentMember.of(panelId);
        var declared = conflicts.findByMemberId(seat.member().getId()).stream()
                .collect(Collectors.toMap(ConflictDeclaration::getApplicationId, ConflictDeclaration::isConflicted));
        var sheetsByBid = sheets.findByMemberId(seat.member().getId()).stream()
                .collect(Collectors.toMap(ScoreSheet::getApplicationId, ScoreSheet::getStatus));
        return bids.bids(seat.panel().getRoundId()).stream().map(row -> {
            Boolean conflicted = declared.get(row.id());
            var sheet = sheetsByBid.get(row.id());
            BidState state = conflicted == null ? BidState.TO_DECLARE : conflicted ? BidState.CONFLICTED
                    : sheet == null ? BidState.DRAFT : BidState.of(sheet);
            return new BidLine(row.id(), row.reference(), row.organisationName(), row.projectTitle(),
                    row.amountRequested(), state);
        }).toList();
    }

    /**
     * No conflict, or a conflict and its reason, given once before the bid's content is shown. No conflict opens a
     * score sheet for the bid.
     */
    @Transactional
    public void declare(long panelId, long applicationId, boolean conflicted, String reason) {
        var seat = readySeat(panelId);
        var line = bids(panelId).stream().filter(b -> b.applicationId() == applicationId).findFirst()
                .orElseThrow(CurrentMember::notFound);
        if (line.state() != BidState.TO_DECLARE) {
            throw new InvalidInputException("conflict", Message.of("panels.conflict.already-declared"));
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (conflicted && cleanReason.isEmpty()) {
            throw new InvalidInputException("reason", Message.of("panels.conflict.reason-required"));
        }
        if (cleanReason.length() > REASON_LIMIT) {
            throw new InvalidInputException("reason", Message.of("panels.too-long", REASON_LIMIT));
        }
        var now = clock.instant();
        conflicts.saveAndFlush(new ConflictDeclaration(seat.panel().getId(), seat.member().getId(), applicationId,
                conflicted, conflicted ? cleanReason : null, now));
        if (!conflicted) {
            sheets.saveAndFlush(new ScoreSheet(seat.panel().getId(), seat.panel().getRoundId(),
                    seat.member().getId(), applicationId, now));
        }
        auditLog.record(seat.panel().getPartnershipId(), conflicted ? "CONFLICT_DECLARED" : "NO_CONFLICT_DECLARED",
                Panels.PANEL, seat.panel().getId(), null, line.reference() + " · " + currentUser.actorName()
                        + (conflicted ? " · " + cleanReason : ""));
    }

    /** The bid to score; not found when conflicted or not yet declared. */
    @Transactional(readOnly = true)
    public BidToScore bid(long panelId, long applicationId) {
        var seat = currentMember.of(panelId);
        var round = rounds.get(seat.panel().getRoundId());
        var details = bids.details(round.id(), applicationId);
        var sheet = sheets.findByMemberIdAndApplicationId(seat.member().getId(), applicationId).orElse(null);
        Map<Long, CriterionScore> mine = new LinkedHashMap<>();
        if (sheet != null) {
            sheet.getMarks().forEach(m -> mine.put(m.getCriterionId(), m.toScore()));
        }
        var others = new ArrayList<OtherScore>();
        OptionalDouble mean = OptionalDouble.empty();
        List<Amendment> amended = List.of();
        if (sheet != null && sheet.getStatus().counts()) {
            var counted = sheets.findByApplicationIdAndStatusIn(applicationId,
                    EnumSet.of(SheetStatus.SUBMITTED, SheetStatus.LOCKED));
            counted.sort((a, b) -> Long.compare(a.getMemberId(), b.getMemberId()));
            int number = 1;
            for (var other : counted) {
                if (other.getId().equals(sheet.getId())) {
                    continue;
                }
                others.add(new OtherScore(++number, SheetScore.of(round.criteria(), other.getMarks(),
                        round.scale()), other.getMarks().stream().map(CriterionMark::toScore).toList()));
            }
            mean = counted.stream().mapToDouble(s -> SheetScore.of(round.criteria(), s.getMarks(), round.scale()))
                    .average();
            amended = amendments.findBySheetIdInOrderByAmendedAtAsc(List.of(sheet.getId())).stream()
                    .map(ScoreAmendment::toRecord).toList();
        }
        return new BidToScore(panelId, details, GapAlignment.of(details), round.criteria(), round.scale(),
                sheet == null ? null : sheet.getStatus(), mine,
                sheet == null ? null : SheetScore.of(round.criteria(), sheet.getMarks(), round.scale()), others,
                mean, amended, round.status() == RoundStatus.SCORING);
    }

    /**
     * The member's pack to read offline, in their language: the bids they declared no conflict with; bids still
     * to declare named only.
     */
    @Transactional(readOnly = true)
    public byte[] pack(long panelId) {
        var seat = currentMember.of(panelId);
        var round = rounds.get(seat.panel().getRoundId());
        var lines = bids(panelId);
        var clear = lines.stream().filter(l -> l.state() != BidState.TO_DECLARE && l.state() != BidState.CONFLICTED)
                .map(l -> bids.details(round.id(), l.applicationId())).toList();
        var toDeclare = lines.stream().filter(l -> l.state() == BidState.TO_DECLARE).toList();
        auditLog.record(seat.panel().getPartnershipId(), "PANEL_PACK_DOWNLOADED", Panels.PANEL,
                seat.panel().getId(), null, currentUser.actorName() + " · " + clear.size() + " bids");
        return packPdf.render(round, currentUser.require().displayName(), clear, toDeclare, pageLanguage.current(),
                clock.instant());
    }

    /** Saves one criterion's level and comment on the draft as the panellist leaves the field. */
    @Transactional
    public void mark(long panelId, long applicationId, long criterionId, Integer level, String comment) {
        var seat = readySeat(panelId);
        var round = openRound(seat);
        checkCriterion(round, criterionId, level);
        String clean = comment == null ? null : comment.strip();
        if (clean != null && clean.length() > COMMENT_LIMIT) {
            throw new InvalidInputException(commentField(criterionId), Message.of("panels.too-long", COMMENT_LIMIT));
        }
        draft(seat, applicationId).mark(criterionId, level, clean == null || clean.isEmpty() ? null : clean,
                clock.instant());
    }

    /** Submits the panellist's scores for the bid: every criterion scored, each with a comment. */
    @Transactional
    public void submit(long panelId, long applicationId) {
        var seat = readySeat(panelId);
        var round = openRound(seat);
        var sheet = draft(seat, applicationId);
        Map<String, Message> errors = new LinkedHashMap<>();
        for (var criterion : round.criteria()) {
            var mark = sheet.mark(criterion.id()).orElse(new CriterionMark(criterion.id(), null, null));
            if (mark.getLevel() == null) {
                errors.put(levelField(criterion.id()), Message.of("panels.score.level-required", criterion.title()));
            }
            if (mark.getComment() == null || mark.getComment().isBlank()) {
                errors.put(commentField(criterion.id()),
                        Message.of("panels.score.comment-required", criterion.title()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        sheet.submit(clock.instant());
        auditLog.record(seat.panel().getPartnershipId(), "SCORES_SUBMITTED", SHEET, sheet.getId(), null,
                describe(round, sheet));
    }

    /**
     * Changes a submitted score: the original is kept beside the amendment and its reason. Possible until the
     * panel's decision.
     */
    @Transactional
    public void amend(long panelId, long applicationId, long criterionId, Integer level, String comment,
            String reason) {
        var seat = readySeat(panelId);
        var round = rounds.get(seat.panel().getRoundId());
        if (round.status() == RoundStatus.DECIDED) {
            throw new InvalidInputException("reason", Message.of("panels.amend.decided"));
        }
        var sheet = sheets.findByMemberIdAndApplicationId(seat.member().getId(), applicationId)
                .filter(s -> s.getStatus().counts()).orElseThrow(CurrentMember::notFound);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (level == null) {
            errors.put(levelField(criterionId), Message.of("panels.amend.level-required"));
        } else {
            checkCriterion(round, criterionId, level);
        }
        String cleanComment = comment == null ? "" : comment.strip();
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanComment.isEmpty()) {
            errors.put(commentField(criterionId), Message.of("panels.amend.comment-required"));
        } else if (cleanComment.length() > COMMENT_LIMIT) {
            errors.put(commentField(criterionId), Message.of("panels.too-long", COMMENT_LIMIT));
        }
        if (cleanReason.isEmpty()) {
            errors.put("reason", Message.of("panels.amend.reason-required"));
        } else if (cleanReason.length() > REASON_LIMIT) {
            errors.put("reason", Message.of("panels.too-long", REASON_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var now = clock.instant();
        var before = sheet.amend(criterionId, level, cleanComment, now);
        var after = sheet.mark(criterionId).orElseThrow();
        amendments.save(new ScoreAmendment(sheet.getId(), before, after, cleanReason, now,
                currentUser.require().displayName()));
        auditLog.record(seat.panel().getPartnershipId(), "SCORE_AMENDED", SHEET, sheet.getId(),
                String.valueOf(before.getLevel()), level + " · " + cleanReason);
    }

    public static String levelField(long criterionId) {
        return "criterion-" + criterionId + "-level";
    }

    public static String commentField(long criterionId) {
        return "criterion-" + criterionId + "-comment";
    }

    private MyPanel summary(Panel panel, PanelMember seat) {
        var round = rounds.get(panel.getRoundId());
        var lines = new HashMap<Long, Boolean>();
        conflicts.findByMemberId(seat.getId()).forEach(d -> lines.put(d.getApplicationId(), d.isConflicted()));
        int submitted = (int) sheets.findByMemberId(seat.getId()).stream().filter(s -> s.getStatus().counts())
                .count();
        int bidCount = round.status().compareTo(RoundStatus.SCORING) >= 0 ? bids.bids(round.id()).size() : 0;
        return new MyPanel(panel.getId(), round.id(), round.title(), round.status(), round.scoringClosesAt(),
                seat.getKind(), seat.hasConfirmedGuidance(), seat.getPracticeScoredAt() != null, bidCount,
                lines.size(), (int) lines.values().stream().filter(Boolean::booleanValue).count(), submitted);
    }

    /** The member's seat once they have confirmed the guidance. */
    private CurrentMember.Seat readySeat(long panelId) {
        var seat = currentMember.of(panelId);
        if (!seat.member().hasConfirmedGuidance()) {
            throw new InvalidInputException("guidance", Message.of("panels.guidance.confirm-first"));
        }
        return seat;
    }

    private RoundDetails openRound(CurrentMember.Seat seat) {
        var round = rounds.get(seat.panel().getRoundId());
        if (round.status() != RoundStatus.SCORING) {
            throw new InvalidInputException("scoring", Message.of("panels.scoring.not-open"));
        }
        return round;
    }

    private ScoreSheet draft(CurrentMember.Seat seat, long applicationId) {
        var sheet = sheets.findByMemberIdAndApplicationId(seat.member().getId(), applicationId)
                .orElseThrow(CurrentMember::notFound);
        if (sheet.getStatus() != SheetStatus.DRAFT) {
            throw new InvalidInputException("scoring", Message.of("panels.scoring.already-submitted"));
        }
        return sheet;
    }

    private static void checkCriterion(RoundDetails round, long criterionId, Integer level) {
        if (round.criteria().stream().noneMatch(c -> c.id() == criterionId)) {
            throw CurrentMember.notFound();
        }
        if (level != null && !round.scale().levels().contains(level)) {
            throw new InvalidInputException(levelField(criterionId),
                    Message.of("panels.score.level-range", round.scale().lowest(), round.scale().highest()));
        }
    }

    private static String describe(RoundDetails round, ScoreSheet sheet) {
        var parts = new ArrayList<String>();
        for (var criterion : round.criteria()) {
            sheet.mark(criterion.id()).ifPresent(m -> parts.add(criterion.title() + " " + m.getLevel()));
        }
        return String.join(", ", parts) + " = " // not user text: audit detail
                + String.format(java.util.Locale.UK, "%.1f", SheetScore.of(round.criteria(), sheet.getMarks(),
                        round.scale()));
    }
}
