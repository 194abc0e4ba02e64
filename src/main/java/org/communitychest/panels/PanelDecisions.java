package org.communitychest.panels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.BidDecision;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.applications.DecisionsReleased;
import org.communitychest.applications.EligibleBid;
import org.communitychest.applications.PanelBids;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.panels.calc.FundingOutcome;
import org.communitychest.rounds.DecisionMode;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.AccountInfo;
import org.communitychest.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's decision: the list it approved (greedy or optimal, with any overrides and their reasons), who voted
 * for it and when; then the feedback for unsuccessful groups, drafted from the panel's comments and edited by the
 * officer; then the release, the only moment applicants are told.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class PanelDecisions {

    static final int FEEDBACK_LIMIT = 4000;
    static final int APPROVED_BY_LIMIT = 1000;
    private static final String ROUND = "Round"; // not user text: audit subject type

    private final CurrentMember currentMember;
    private final PanelAllocation allocation;
    private final PanelDecisionRepository decisions;
    private final PanelMemberRepository members;
    private final ScoreSheetRepository sheets;
    private final DecisionRelease release;
    private final PanelBids panelBids;
    private final Rounds rounds;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    PanelDecisions(CurrentMember currentMember, PanelAllocation allocation, PanelDecisionRepository decisions,
            PanelMemberRepository members, ScoreSheetRepository sheets, DecisionRelease release, PanelBids panelBids,
            Rounds rounds,
            Accounts accounts, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.currentMember = currentMember;
        this.allocation = allocation;
        this.decisions = decisions;
        this.members = members;
        this.sheets = sheets;
        this.release = release;
        this.panelBids = panelBids;
        this.rounds = rounds;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The round's decision, whichever way it was made, once recorded. */
    @Transactional(readOnly = true)
    public Optional<DecisionSummary> ofRound(long roundId) {
        rounds.requireMine(roundId);
        return decisions.findByRoundId(roundId).map(this::summary);
    }

    /** Records the panel's decision; the round is then decided. Applicants are told only on {@link #release}. */
    @Transactional
    public DecisionSummary record(long panelId, DecisionForm form) {
        var panel = currentMember.panel(panelId);
        var round = rounds.get(panel.getRoundId());
        if (round.decisionMode() != DecisionMode.PANEL) {
            throw new InvalidInputException("method", Message.of("staff.panels.decision.vote-round",
                    round.decisionMode().label()));
        }
        if (round.status() != RoundStatus.MODERATION) {
            throw new InvalidInputException("method", Message.of("staff.panels.decision.not-in-moderation"));
        }
        if (decisions.findByRoundId(round.id()).isPresent()) {
            throw new InvalidInputException("method", Message.of("staff.panels.decision.already"));
        }
        var result = allocation.allocate(panelId);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (form.method() == null) {
            errors.put("method", Message.of("staff.panels.decision.method-required"));
        }
        var seats = members.findByPanelIdOrderByIdAsc(panelId).stream().map(PanelMember::getId).toList();
        if (form.membersPresent() < 1 || form.membersPresent() > seats.size()) {
            errors.put("present", Message.of("staff.panels.decision.present-range", seats.size()));
        } else if (!seats.containsAll(form.votedFor()) || form.votedFor().size() > form.membersPresent()) {
            errors.put("votes", Message.of("staff.panels.decision.votes-members"));
        } else if (form.votedFor().size() * 2 <= form.membersPresent()) {
            errors.put("votes", Message.of("staff.panels.decision.majority", form.votedFor().size(),
                    form.membersPresent()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var outcome = form.method() == AllocationMethod.GREEDY ? result.allocation().greedy()
                : result.allocation().optimal();
        var feedback = feedbackFrom(panelId, round);
        var decided = decideEach(result.bids().values(), form.overrides(), bid -> fromList(bid, outcome, feedback),
                feedback, round.pot(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        long total = decided.stream().mapToLong(DecidedBid::getAmountPence).sum();
        var saved = decisions.saveAndFlush(new PanelDecision(round.id(), panelId, form.method(),
                panel.getLotterySeed(), form.membersPresent(), form.votedFor(), decided, clock.instant(),
                currentUser.require().displayName()));
        rounds.markDecided(round.id());
        auditLog.record(panel.getPartnershipId(), "PANEL_DECISION_RECORDED", Panels.PANEL, panelId, null,
                "method=%s;seed=%d;votes=%d/%d;overrides=%d;total=%s".formatted( // not user text: audit detail
                        form.method(), panel.getLotterySeed(), form.votedFor().size(), form.membersPresent(),
                        form.overrides().size(), Money.ofPence(total)));
        return summary(saved);
    }

    /**
     * Records the list a residents' vote chose, with who approved it and any overrides with their reasons: every
     * eligible bid of the round takes an outcome (one not on the list, not funded, with the feedback drafted for
     * it); the round is then decided. Refused, with nothing changed, unless the round is decided by a vote, its
     * decision is not yet recorded and the list fits the vote's pot.
     */
    @Transactional
    public DecisionSummary recordVoteList(long roundId, VoteList list) {
        var round = rounds.get(roundId);
        if (round.decisionMode() == DecisionMode.PANEL || !list.method().byVote()) {
            throw new InvalidInputException("method", Message.of("staff.panels.decision.not-vote-round"));
        }
        if (decisions.findByRoundId(roundId).isPresent()) {
            throw new InvalidInputException("method", Message.of("staff.panels.decision.already"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String approvedBy = list.approvedBy() == null ? "" : list.approvedBy().strip();
        if (approvedBy.isEmpty()) {
            errors.put("approvedBy", Message.of("staff.panels.decision.approved-by-required"));
        } else if (approvedBy.length() > APPROVED_BY_LIMIT) {
            errors.put("approvedBy", Message.of("panels.too-long", APPROVED_BY_LIMIT));
        }
        var decided = decideEach(release.eligibleBids(roundId), list.overrides(), bid -> list.funded()
                .contains(bid.id()) ? new DecidedBid(bid.id(), BidOutcome.FUNDED, bid.requested().pence(), null, null)
                : new DecidedBid(bid.id(), BidOutcome.NOT_FUNDED, 0, null, list.feedback().get(bid.id())),
                list.feedback(), list.pot(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        long total = decided.stream().mapToLong(DecidedBid::getAmountPence).sum();
        var saved = decisions.saveAndFlush(PanelDecision.ofVote(roundId, list.method(), list.lotterySeed(),
                approvedBy, decided, clock.instant(), currentUser.require().displayName()));
        rounds.markDecided(roundId);
        auditLog.record(round.partnershipId(), "VOTE_DECISION_RECORDED", ROUND, roundId, null,
                "method=%s;seed=%d;overrides=%d;total=%s".formatted( // not user text: audit detail
                        list.method(), list.lotterySeed(), list.overrides().size(), Money.ofPence(total)));
        return summary(saved);
    }

    /**
     * Every bid's line of a decision: as the list has it, or as an override says (checked, with its reason); an
     * override of a bid not in the round is not found. A total over the pot is put in {@code errors}.
     */
    private static List<DecidedBid> decideEach(Collection<EligibleBid> bids, List<DecisionForm.Override> given,
            Function<EligibleBid, DecidedBid> fromList, Map<Long, String> feedback, Money pot,
            Map<String, Message> errors) {
        Map<Long, DecisionForm.Override> overrides = new HashMap<>();
        given.forEach(o -> overrides.put(o.applicationId(), o));
        var decided = new ArrayList<DecidedBid>();
        long total = 0;
        for (var bid : bids) {
            var override = overrides.remove(bid.id());
            DecidedBid line = override != null ? overridden(bid, override, errors, feedback) : fromList.apply(bid);
            if (line != null) {
                decided.add(line);
                total += line.getAmountPence();
            }
        }
        if (!overrides.isEmpty()) {
            throw CurrentMember.notFound();
        }
        if (total > pot.pence()) {
            errors.put("overrides", Message.of("staff.panels.decision.over-pot", Money.ofPence(total).toString(),
                    pot.toString()));
        }
        return decided;
    }

    /** Changes the feedback a group will read, until the decisions are released. */
    @Transactional
    public DecisionSummary editFeedback(long roundId, long applicationId, String feedback) {
        var decision = mine(roundId);
        if (decision.getReleasedAt() != null) {
            throw new InvalidInputException("feedback", Message.of("staff.panels.decision.feedback-released"));
        }
        String clean = feedback == null ? "" : feedback.strip();
        if (clean.length() > FEEDBACK_LIMIT) {
            throw new InvalidInputException("feedback", Message.of("panels.too-long", FEEDBACK_LIMIT));
        }
        decision.changeFeedback(applicationId, clean);
        auditLog.record(currentUser.partnershipId(), "DECISION_FEEDBACK_EDITED", ROUND, roundId, null,
                applicationId + " · " + clean.length() + " characters"); // not user text: audit detail
        return summary(decision);
    }

    /** Tells the applicants: each application takes its outcome and its group is emailed. Once. */
    @Transactional
    public DecisionsReleased release(long roundId) {
        var decision = mine(roundId);
        var lines = decision.getBids().stream().map(PanelDecisions::toRelease).toList();
        var released = release.release(roundId, lines);
        decision.released(clock.instant(), currentUser.require().displayName());
        auditLog.record(currentUser.partnershipId(), "PANEL_DECISION_RELEASED", ROUND, roundId, null,
                released.released() + " released"); // not user text: audit detail
        return released;
    }

    private PanelDecision mine(long roundId) {
        rounds.requireMine(roundId);
        return decisions.findByRoundId(roundId).orElseThrow(CurrentMember::notFound);
    }

    private static BidDecision toRelease(DecidedBid bid) {
        var amount = Money.ofPence(bid.getAmountPence());
        return switch (bid.getOutcome()) {
            case FUNDED -> BidDecision.funded(bid.getApplicationId(), amount, bid.getFeedback());
            case PART_FUNDED -> BidDecision.partFunded(bid.getApplicationId(), amount, bid.getFeedback());
            case NOT_FUNDED -> BidDecision.notFunded(bid.getApplicationId(), bid.getFeedback());
        };
    }

    private static DecidedBid fromList(EligibleBid bid, FundingOutcome outcome, Map<Long, String> feedback) {
        if (outcome.funds(bid.id())) {
            return new DecidedBid(bid.id(), BidOutcome.FUNDED, bid.requested().pence(), null, null);
        }
        var partial = outcome.partialAward().filter(p -> p.offered() && p.bidId() == bid.id());
        if (partial.isPresent()) {
            return new DecidedBid(bid.id(), BidOutcome.PART_FUNDED, partial.get().amountPence(), null,
                    feedback.get(bid.id()));
        }
        return new DecidedBid(bid.id(), BidOutcome.NOT_FUNDED, 0, null, feedback.get(bid.id()));
    }

    private static DecidedBid overridden(EligibleBid bid, DecisionForm.Override o, Map<String, Message> errors,
            Map<Long, String> feedback) {
        String field = "override-" + bid.id(); // not user text: field name
        String reason = o.reason() == null ? "" : o.reason().strip();
        if (o.outcome() == null) {
            errors.put(field, Message.of("staff.panels.decision.override-outcome"));
            return null;
        }
        if (reason.isEmpty()) {
            errors.put(field, Message.of("staff.panels.decision.override-reason", bid.reference()));
            return null;
        }
        long requested = bid.requested().pence();
        long amount = switch (o.outcome()) {
            case FUNDED -> requested;
            case NOT_FUNDED -> 0;
            case PART_FUNDED -> o.amount() == null ? -1 : o.amount().pence();
        };
        if (o.outcome() == BidOutcome.PART_FUNDED && (amount <= 0 || amount >= requested)) {
            errors.put(field, Message.of("staff.panels.decision.part-amount", bid.requested().toString()));
            return null;
        }
        return new DecidedBid(bid.id(), o.outcome(), amount, reason,
                o.outcome() == BidOutcome.FUNDED ? null : feedback.get(bid.id()));
    }

    /**
     * Each bid's feedback drafted from the panel's comments, criterion by criterion, without names: what the group
     * reads unless the officer edits it.
     */
    private Map<Long, String> feedbackFrom(long panelId, RoundDetails round) {
        Map<Long, StringBuilder> drafts = new HashMap<>();
        var counted = sheets.findByPanelIdAndStatusIn(panelId, EnumSet.of(SheetStatus.SUBMITTED, SheetStatus.LOCKED));
        for (var criterion : round.criteria()) {
            for (var sheet : counted) {
                sheet.mark(criterion.id()).filter(m -> m.getComment() != null).ifPresent(m -> {
                    var text = drafts.computeIfAbsent(sheet.getApplicationId(), id -> new StringBuilder());
                    text.append(text.isEmpty() ? "" : "\n").append(criterion.title()).append(": ")
                            .append(m.getComment().strip());
                });
            }
        }
        Map<Long, String> feedback = new HashMap<>();
        drafts.forEach((id, text) -> feedback.put(id, text.length() > FEEDBACK_LIMIT
                ? text.substring(0, FEEDBACK_LIMIT) : text.toString()));
        return feedback;
    }

    private DecisionSummary summary(PanelDecision decision) {
        var bids = panelBids.bids(decision.getRoundId()).stream()
                .collect(Collectors.toMap(ApplicationRow::id, Function.identity()));
        List<String> names = List.of();
        if (decision.getPanelId() != null) {
            var seats = members.findByPanelIdOrderByIdAsc(decision.getPanelId()).stream()
                    .collect(Collectors.toMap(PanelMember::getId, PanelMember::getAccountId));
            names = accounts.describe(decision.getVotedFor().stream().map(seats::get).toList()).stream()
                    .map(AccountInfo::displayName).toList();
        }
        var lines = new ArrayList<DecisionSummary.Line>();
        long total = 0;
        for (var bid : decision.getBids()) {
            var info = bids.get(bid.getApplicationId());
            total += bid.getAmountPence();
            lines.add(new DecisionSummary.Line(bid.getApplicationId(), info == null ? "" : info.reference(),
                    info == null ? "" : info.organisationName(), info == null ? "" : info.projectTitle(),
                    info == null ? Money.ZERO : info.amountRequested(), bid.getOutcome(), Money.ofPence(bid.getAmountPence()),
                    bid.getOverrideReason(), bid.getFeedback()));
        }
        lines.sort(java.util.Comparator.comparing(DecisionSummary.Line::outcome)
                .thenComparing(DecisionSummary.Line::reference));
        return new DecisionSummary(decision.getPanelId(), decision.getRoundId(), decision.getMethod(),
                decision.getLotterySeed(), decision.getMembersPresent(), names, decision.getApprovedBy(),
                decision.getRecordedAt(), decision.getRecordedBy(),
                decision.getReleasedAt(), decision.getReleasedBy(), lines, Money.ofPence(total));
    }
}
