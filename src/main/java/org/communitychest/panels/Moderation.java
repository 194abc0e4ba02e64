package org.communitychest.panels;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.GapAlignment;
import org.communitychest.applications.PanelBids;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.panels.calc.Calibration;
import org.communitychest.panels.calc.KrippendorffAlpha;
import org.communitychest.panels.calc.ReviewerScore;
import org.communitychest.panels.calc.ScoreFlags;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.AccountInfo;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation board: the round's bids ranked by calibrated score (or the panel's moderated score), with raw
 * mean, spread, valid reviewers, flags, the round's Krippendorff's alpha and the calibration used. Officers see
 * every bid and who scored what; a panellist sees only the bids they scored themselves, never one they are
 * conflicted with, and no names. The statements behind it do not grow with bids or panellists.
 */
@Service
@PreAuthorize("hasAnyRole('PANELLIST', 'OFFICER', 'ADMIN')")
public class Moderation {

    static final Set<SheetStatus> COUNTED = EnumSet.of(SheetStatus.SUBMITTED, SheetStatus.LOCKED);

    private final CurrentMember currentMember;
    private final PanelMemberRepository members;
    private final ConflictRepository conflicts;
    private final ScoreSheetRepository sheets;
    private final ModeratedScoreRepository moderated;
    private final PanelBids bids;
    private final Rounds rounds;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    Moderation(CurrentMember currentMember, PanelMemberRepository members, ConflictRepository conflicts,
            ScoreSheetRepository sheets, ModeratedScoreRepository moderated, PanelBids bids, Rounds rounds,
            Accounts accounts, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.currentMember = currentMember;
        this.members = members;
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.moderated = moderated;
        this.bids = bids;
        this.rounds = rounds;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A moderated score as it stands: the value (null when taken back), the reason, who, when and what it replaced. */
    public record Moderated(Double score, Double previous, String reason, Instant at, String by) {
    }

    /** One reviewer's score of a bid: named for officers, numbered for panellists. */
    public record ReviewerLine(String reviewer, double raw, double calibrated, boolean outlier) {
    }

    public record BoardRow(long applicationId, String reference, String organisationName, String projectTitle,
            Money requested, int rank, int reviewers, Double rawMean, Double calibratedMean, Moderated moderated,
            Double spread, Set<ScoreFlags.BidFlag> flags, boolean outlier, List<ReviewerLine> scores,
            GapAlignment gaps) {

        /** What the allocation ranks by: the moderated score, else the calibrated mean; null with no scores. */
        public Double rankingScore() {
            return moderated != null && moderated.score() != null ? moderated.score() : calibratedMean;
        }
    }

    public record Board(long panelId, RoundDetails round, boolean forOfficer, Calibration calibration,
            KrippendorffAlpha alpha, Map<Long, String> reviewerNames, List<BoardRow> rows, int withoutScores) {
    }

    @Transactional(readOnly = true)
    public Board board(long panelId) {
        return boardAndSheets(panelId).board();
    }

    /** The board with the counted sheets behind it, by bid, so that the allocation need not read them again. */
    record BoardAndSheets(Board board, Map<Long, List<ScoreSheet>> sheetsByBid) {
    }

    @Transactional(readOnly = true)
    BoardAndSheets boardAndSheets(long panelId) {
        var panel = currentMember.panel(panelId);
        boolean officer = currentMember.isOfficer();
        PanelMember me = officer ? null : currentMember.of(panelId).member();
        var round = rounds.get(panel.getRoundId());
        var seats = members.findByPanelIdOrderByIdAsc(panelId);
        var counted = sheets.findByPanelIdAndStatusIn(panelId, COUNTED);
        var scores = new ArrayList<ReviewerScore>();
        Map<Long, List<ScoreSheet>> byBid = new HashMap<>();
        for (var sheet : counted) {
            scores.add(new ReviewerScore(sheet.getMemberId(), sheet.getApplicationId(),
                    SheetScore.of(round.criteria(), sheet.getMarks(), round.scale())));
            byBid.computeIfAbsent(sheet.getApplicationId(), id -> new ArrayList<>()).add(sheet);
        }
        var calibration = Calibration.of(scores);
        var alpha = KrippendorffAlpha.of(scores);
        var flags = ScoreFlags.of(scores, round.scale().highest());
        // looked up by bid once here: a search of the lists per bid and reviewer grows with their product
        Map<Long, Map<Long, Double>> calibratedByBid = new HashMap<>();
        calibration.scores().forEach(s -> calibratedByBid.computeIfAbsent(s.bidId(), id -> new HashMap<>())
                .put(s.reviewerId(), s.calibrated()));
        Map<Long, Calibration.BidMeans> meansByBid = calibration.bids().stream()
                .collect(Collectors.toMap(Calibration.BidMeans::bidId, Function.identity()));
        Map<Long, ScoreFlags.Bid> flagsByBid = flags.bids().stream()
                .collect(Collectors.toMap(ScoreFlags.Bid::bidId, Function.identity()));
        Map<Long, String> names = reviewerNames(seats, officer);
        Set<Long> visible = officer ? null : visibleTo(me, counted);
        Map<Long, Moderated> current = new HashMap<>();
        moderated.findByPanelIdOrderByIdAsc(panelId).forEach(m -> current.put(m.getApplicationId(), m.toRecord()));
        var rows = new ArrayList<BoardRow>();
        int withoutScores = 0;
        for (ApplicationRow bid : bids.bids(round.id())) {
            if (visible != null && !visible.contains(bid.id())) {
                continue;
            }
            var sheetsOfBid = byBid.getOrDefault(bid.id(), List.of());
            if (sheetsOfBid.isEmpty()) {
                withoutScores++;
            }
            var lines = new ArrayList<ReviewerLine>();
            var bidFlags = sheetsOfBid.isEmpty() ? null : flagsByBid.get(bid.id());
            for (var sheet : sheetsOfBid) {
                var check = bidFlags.scores().stream().filter(s -> s.reviewerId() == sheet.getMemberId()).findFirst();
                lines.add(new ReviewerLine(names.get(sheet.getMemberId()), check.map(ScoreFlags.Score::score)
                        .orElse(0.0), calibratedByBid.get(bid.id()).get(sheet.getMemberId()),
                        check.map(ScoreFlags.Score::outlier).orElse(false)));
            }
            var means = sheetsOfBid.isEmpty() ? null : meansByBid.get(bid.id());
            rows.add(new BoardRow(bid.id(), bid.reference(), bid.organisationName(), bid.projectTitle(),
                    bid.amountRequested(), 0, sheetsOfBid.size(), means == null ? null : means.rawMean(),
                    means == null ? null : means.calibratedMean(), current.get(bid.id()),
                    bidFlags == null ? null : bidFlags.range(),
                    bidFlags == null ? Set.of(ScoreFlags.BidFlag.TOO_FEW_REVIEWERS) : bidFlags.flags(),
                    bidFlags != null && bidFlags.hasOutlier(), lines, null));
        }
        rows.sort(Comparator.comparing((BoardRow r) -> r.rankingScore() == null ? Double.NEGATIVE_INFINITY
                : r.rankingScore()).reversed().thenComparing(BoardRow::reference));
        var ranked = new ArrayList<BoardRow>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            ranked.add(new BoardRow(r.applicationId(), r.reference(), r.organisationName(), r.projectTitle(),
                    r.requested(), i + 1, r.reviewers(), r.rawMean(), r.calibratedMean(), r.moderated(), r.spread(),
                    r.flags(), r.outlier(), r.scores(), r.gaps()));
        }
        return new BoardAndSheets(new Board(panelId, round, officer, calibration, alpha, names, ranked,
                withoutScores), byBid);
    }

    /**
     * Sets the panel's moderated score of a bid (0–100) with a written reason, or takes it back ({@code score}
     * null): who, when and the previous value are kept. Officers record it for the panel, until the decision.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void moderate(long panelId, long applicationId, Double score, String reason) {
        var panel = currentMember.panel(panelId);
        var round = rounds.get(panel.getRoundId());
        if (round.status() != RoundStatus.MODERATION) {
            throw new InvalidInputException("score", Message.of("staff.panels.moderation.not-open"));
        }
        var bid = bids.bids(round.id()).stream().filter(b -> b.id() == applicationId).findFirst()
                .orElseThrow(CurrentMember::notFound);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (score != null && (score.isNaN() || score < 0 || score > 100)) {
            errors.put("score", Message.of("staff.panels.moderation.score-range"));
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            errors.put("reason", Message.of("staff.panels.moderation.reason-required"));
        } else if (clean.length() > PanelScoring.REASON_LIMIT) {
            errors.put("reason", Message.of("panels.too-long", PanelScoring.REASON_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        Double previous = moderated.findByPanelIdOrderByIdAsc(panelId).stream()
                .filter(m -> m.getApplicationId() == applicationId).reduce((a, b) -> b)
                .map(m -> m.toRecord().score()).orElse(null);
        moderated.save(new ModeratedScore(panelId, applicationId, score, previous, clean, clock.instant(),
                currentUser.require().displayName()));
        auditLog.record(panel.getPartnershipId(), "SCORE_MODERATED", Panels.PANEL, panelId,
                previous == null ? null : String.valueOf(previous),
                bid.reference() + " · " + (score == null ? "taken back" : score) + " · " + clean); // not user text
    }

    private Map<Long, String> reviewerNames(List<PanelMember> seats, boolean officer) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (officer) {
            var people = accounts.describe(seats.stream().map(PanelMember::getAccountId).toList()).stream()
                    .collect(Collectors.toMap(AccountInfo::id, Function.identity()));
            seats.forEach(s -> names.put(s.getId(), people.containsKey(s.getAccountId())
                    ? people.get(s.getAccountId()).displayName() : "")); // not user text: no name
        } else {
            int number = 1;
            for (var seat : seats) {
                names.put(seat.getId(), String.valueOf(number++));
            }
        }
        return names;
    }

    /** The bids a panellist may see on the board: those they submitted scores for, never a conflicted one. */
    private Set<Long> visibleTo(PanelMember me, List<ScoreSheet> counted) {
        var conflicted = conflicts.findByMemberId(me.getId()).stream().filter(ConflictDeclaration::isConflicted)
                .map(ConflictDeclaration::getApplicationId).collect(Collectors.toSet());
        var mine = new HashSet<Long>();
        counted.stream().filter(s -> s.getMemberId() == me.getId()).forEach(s -> mine.add(s.getApplicationId()));
        mine.removeAll(conflicted);
        return mine;
    }
}
