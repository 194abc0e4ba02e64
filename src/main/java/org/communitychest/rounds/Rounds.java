package org.communitychest.rounds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding rounds: officers set them up, with their allocation rules, publish them and move them through the panel's
 * stages; anyone may read a published round.
 */
@Service
public class Rounds {

    private static final String AUDIT_SUBJECT = "Round"; // not user text: the audit trail's subject type
    private static final String RULES_CHANGED = "ROUND_ALLOCATION_RULES_CHANGED";
    private static final String SCORING_CLOSED = "ROUND_SCORING_CLOSED";

    private final FundingRoundRepository rounds;
    private final Partnerships partnerships;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Rounds(FundingRoundRepository rounds, Partnerships partnerships, NeedCategories needCategories, Areas areas,
            CurrentUser currentUser, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.partnerships = partnerships;
        this.needCategories = needCategories;
        this.areas = areas;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** Published rounds that are open now or opening soon, of every partnership: public. */
    @Transactional(readOnly = true)
    public List<RoundSummary> publishedOpenRounds() {
        var now = clock.instant();
        return rounds.findByStatusOrderByClosesAtAsc(RoundStatus.OPEN).stream()
                .filter(r -> r.getClosesAt().isAfter(now))
                .map(summaries()).toList();
    }

    /** A published round, for anyone; to all but the partnership's staff, a draft does not exist. */
    @Transactional(readOnly = true)
    public RoundDetails published(long id) {
        var round = rounds.findById(id).orElseThrow(Rounds::notFound);
        if (round.getStatus() == RoundStatus.DRAFT && !isStaffOf(round.getPartnershipId())) {
            throw notFound();
        }
        return details(round);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RoundSummary> ofMyPartnership() {
        return rounds.findByPartnershipIdOrderByClosesAtDesc(currentUser.partnershipId()).stream()
                .map(summaries()).toList();
    }

    /** The partnership's published rounds, for panellists and staff. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PANELLIST')")
    @Transactional(readOnly = true)
    public List<RoundSummary> publishedOfMyPartnership() {
        return rounds.findByPartnershipIdOrderByClosesAtDesc(currentUser.partnershipId()).stream()
                .filter(r -> r.getStatus() != RoundStatus.DRAFT).map(summaries()).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PANELLIST')")
    @Transactional(readOnly = true)
    public RoundDetails get(long id) {
        var round = mine(id);
        var roles = currentUser.require().roleNames();
        if (round.getStatus() == RoundStatus.DRAFT && !roles.contains("OFFICER") && !roles.contains("ADMIN")) {
            throw notFound();
        }
        return details(round);
    }

    /** Not found unless the round is the staff member's partnership's; reads one row, not the round. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public void requireMine(long id) {
        if (!rounds.existsByIdAndPartnershipId(id, currentUser.partnershipId())) {
            throw notFound();
        }
    }

    /** A new draft round that sets no allocation rules. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails create(RoundForm form) {
        return create(form, AllocationRules.NONE);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails create(RoundForm form, AllocationRules allocationRules) {
        long partnershipId = currentUser.partnershipId();
        check(form, allocationRules, partnershipId);
        var round = new FundingRound(partnershipId);
        round.applyBasics(form, London.toInstant(form.opensAt()), London.toInstant(form.closesAt()));
        round.applyAssessment(form);
        round.applyPrioritiesAndDocuments(form);
        round.applyAllocationRules(allocationRules);
        rounds.saveAndFlush(round);
        auditLog.record(partnershipId, "ROUND_CREATED", AUDIT_SUBJECT, round.getId(), null, form.title());
        if (!allocationRules.sameAs(AllocationRules.NONE)) {
            auditLog.record(partnershipId, RULES_CHANGED, AUDIT_SUBJECT, round.getId(), null,
                    allocationRules.forAudit());
        }
        return details(round);
    }

    /** Saves an officer's changes to a round, keeping its allocation rules; see the method below. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails update(long id, long expectedVersion, RoundForm form) {
        var round = mine(id);
        return update(round, expectedVersion, form, round.allocationRules());
    }

    /**
     * Saves an officer's changes. Once the round has opened, its criteria, weights, scale and eligibility
     * questions are frozen, and once scoring has opened its allocation rules: a change to them is refused with the
     * reason, and nothing is saved.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails update(long id, long expectedVersion, RoundForm form, AllocationRules allocationRules) {
        return update(mine(id), expectedVersion, form, allocationRules);
    }

    private RoundDetails update(FundingRound round, long expectedVersion, RoundForm form, AllocationRules rules) {
        long id = round.getId();
        if (round.getVersion() != expectedVersion) {
            throw new InvalidInputException("version", Message.of("staff.rounds.editor.changed-by-someone-else"));
        }
        var rulesBefore = round.allocationRules();
        if (round.getStatus().scoringHasOpened() && !rulesBefore.sameAs(rules)) {
            throw new InvalidInputException("allocationRules", Message.of("staff.rounds.rules.allocation.frozen"));
        }
        check(form, rules, round.getPartnershipId());
        var before = details(round);
        var now = clock.instant();
        if (before.isFrozenAt(now) && assessmentChanged(before, form)) {
            throw new InvalidInputException("criteria", Message.of("staff.rounds.rules.assessment-frozen",
                    London.format(before.opensAt())));
        }
        if (before.isFrozenAt(now) && !London.toInstant(form.opensAt()).equals(before.opensAt())) {
            throw new InvalidInputException("opensAt", Message.of("staff.rounds.rules.opening-frozen",
                    London.format(before.opensAt())));
        }
        round.applyBasics(form, London.toInstant(form.opensAt()), London.toInstant(form.closesAt()));
        if (!before.isFrozenAt(now)) {
            round.applyAssessment(form);
        }
        round.applyPrioritiesAndDocuments(form);
        round.applyAllocationRules(rules);
        if (before.status() != RoundStatus.DRAFT) {
            var errors = RoundRules.forPublishing(details(round), now);
            errors.remove("closesAt");
            if (!errors.isEmpty()) {
                throw InvalidInputException.of(errors);
            }
        }
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_UPDATED", AUDIT_SUBJECT, id, before.title(), form.title());
        if (!rulesBefore.sameAs(rules)) {
            auditLog.record(round.getPartnershipId(), RULES_CHANGED, AUDIT_SUBJECT, id, rulesBefore.forAudit(),
                    rules.forAudit());
        }
        return details(round);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails publish(long id) {
        var round = mine(id);
        if (round.getStatus() != RoundStatus.DRAFT) {
            throw new InvalidInputException("status", Message.of("staff.rounds.rules.already-published"));
        }
        var errors = RoundRules.forPublishing(details(round), clock.instant());
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        round.publish(clock.instant());
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_PUBLISHED", AUDIT_SUBJECT, id, "DRAFT", "OPEN");
        return details(round);
    }

    /** Closes every open round whose closing time has passed; run by {@link RoundCloser} as the system. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int closeDueRounds() {
        var now = clock.instant();
        int closed = 0;
        for (var round : rounds.findByStatusOrderByClosesAtAsc(RoundStatus.OPEN)) {
            if (round.closeIfDue(now)) {
                auditLog.recordAs("system", round.getPartnershipId(), "ROUND_CLOSED", AUDIT_SUBJECT, round.getId(),
                        "OPEN", "CLOSED");
                closed++;
            }
        }
        return closed;
    }

    /** The officer opens scoring on a round closed to applications; the panel scores until the deadline. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails openScoring(long roundId, Instant scoringClosesAt) {
        var round = mine(roundId);
        var now = clock.instant();
        if (round.getStatus() != RoundStatus.CLOSED) {
            throw new InvalidInputException("status", Message.of("staff.rounds.rules.stage.scoring-needs-closed",
                    round.getStatus().label()));
        }
        checkScoringDeadline(scoringClosesAt, now);
        round.openScoring(now, scoringClosesAt);
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_SCORING_OPENED", AUDIT_SUBJECT, roundId, "CLOSED",
                "SCORING;closes=" + scoringClosesAt); // not user text: the audit trail's after value
        return details(round);
    }

    /** The officer moves the deadline of open scoring, earlier or later, as long as it is still to come. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails moveScoringDeadline(long roundId, Instant scoringClosesAt) {
        var round = mine(roundId);
        var now = clock.instant();
        if (round.getStatus() != RoundStatus.SCORING) {
            throw new InvalidInputException("status", Message.of("staff.rounds.rules.stage.not-scoring",
                    round.getStatus().label()));
        }
        checkScoringDeadline(scoringClosesAt, now);
        Instant before = round.getScoringClosesAt();
        round.moveScoringDeadline(now, scoringClosesAt);
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_SCORING_DEADLINE_MOVED", AUDIT_SUBJECT, roundId,
                String.valueOf(before), String.valueOf(scoringClosesAt));
        return details(round);
    }

    private static void checkScoringDeadline(Instant scoringClosesAt, Instant now) {
        if (scoringClosesAt == null) {
            throw new InvalidInputException("scoringClosesAt",
                    Message.of("staff.rounds.rules.stage.scoring-deadline-missing"));
        }
        if (!scoringClosesAt.isAfter(now)) {
            throw new InvalidInputException("scoringClosesAt",
                    Message.of("staff.rounds.rules.stage.scoring-deadline-passed", London.format(scoringClosesAt)));
        }
    }

    /** The officer closes scoring before its deadline: the round goes to moderation. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails closeScoring(long roundId) {
        var round = mine(roundId);
        if (round.getStatus() != RoundStatus.SCORING) {
            throw new InvalidInputException("status", Message.of("staff.rounds.rules.stage.not-scoring",
                    round.getStatus().label()));
        }
        var now = clock.instant();
        round.closeScoring(now);
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), SCORING_CLOSED, AUDIT_SUBJECT, roundId, "SCORING",
                "MODERATION");
        events.publishEvent(new ScoringClosed(roundId, now));
        return details(round);
    }

    /** The funded list is recorded, by the panel or from the residents' vote: the round is decided. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails markDecided(long roundId) {
        var round = mine(roundId);
        if (!round.canBeDecided()) {
            throw new InvalidInputException("status", Message.of(round.getDecisionMode() == DecisionMode.VOTE
                    ? "staff.rounds.rules.stage.not-closed" : "staff.rounds.rules.stage.not-moderating",
                    round.getStatus().label()));
        }
        var before = round.getStatus();
        round.markDecided(clock.instant());
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_DECIDED", AUDIT_SUBJECT, roundId, before.name(),
                "DECIDED");
        return details(round);
    }

    /** Chooses how the round decides its funded list (the votes module sets up a vote with it). */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public RoundDetails chooseDecisionMode(long roundId, DecisionMode mode) {
        var round = mine(roundId);
        if (round.getDecisionMode() == mode) {
            return details(round);
        }
        if (round.getStatus() == RoundStatus.DECIDED) {
            throw new InvalidInputException("mode", Message.of("staff.rounds.decision-mode.decided"));
        }
        var before = round.getDecisionMode();
        round.chooseDecisionMode(mode);
        rounds.saveAndFlush(round);
        auditLog.record(round.getPartnershipId(), "ROUND_DECISION_MODE", AUDIT_SUBJECT, roundId, before.name(),
                mode.name());
        return details(round);
    }

    /** Moves every round whose scoring deadline has passed to moderation; run by {@link ScoringCloser}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int closeDueScoring() {
        var now = clock.instant();
        int closed = 0;
        for (var round : rounds.findByStatusAndScoringClosesAtLessThanEqual(RoundStatus.SCORING, now)) {
            if (round.closeScoringIfDue(now)) {
                auditLog.recordAs("system", round.getPartnershipId(), SCORING_CLOSED, AUDIT_SUBJECT,
                        round.getId(), "SCORING", "MODERATION");
                events.publishEvent(new ScoringClosed(round.getId(), now));
                closed++;
            }
        }
        return closed;
    }

    private void check(RoundForm form, AllocationRules allocationRules, long partnershipId) {
        var errors = RoundRules.forSaving(form);
        var needIds = needCategories.ofPartnership(partnershipId).stream().map(NeedCategoryInfo::id)
                .collect(Collectors.toSet());
        var areaIds = areas.ofPartnership(partnershipId).stream().map(AreaInfo::id).collect(Collectors.toSet());
        boolean foreign = form.priorities().stream()
                .anyMatch(p -> !needIds.contains(p.needCategoryId()) || !areaIds.contains(p.areaId()));
        if (foreign) {
            errors.put("priorities", Message.of("staff.rounds.rules.priorities-foreign"));
        }
        errors.putAll(AllocationRuleChecks.check(allocationRules, form.priorities().size(), areaIds, needIds));
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static boolean assessmentChanged(RoundDetails current, RoundForm form) {
        if (current.scale() != form.scale() || current.eligibility().size() != form.eligibility().size()
                || current.criteria().size() != form.criteria().size()) {
            return true;
        }
        for (int i = 0; i < form.eligibility().size(); i++) {
            var a = current.eligibility().get(i);
            var b = form.eligibility().get(i);
            if (!a.question().equals(b.question().trim()) || a.passingAnswer() != b.passingAnswer()
                    || !a.failReason().equals(b.failReason().trim()) || !a.signpost().equals(b.signpost().trim())) {
                return true;
            }
        }
        for (int i = 0; i < form.criteria().size(); i++) {
            var a = current.criteria().get(i);
            var b = form.criteria().get(i);
            if (!a.title().equals(b.title().trim()) || a.weight() != b.weight()
                    || !a.guidance().equals(b.guidance().trim()) || !sameDescriptors(a, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDescriptors(Criterion a, Criterion b) {
        var trimmed = b.descriptors().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trim()));
        return Objects.equals(a.descriptors(), trimmed);
    }

    private FundingRound mine(long id) {
        return rounds.findByIdAndPartnershipId(id, currentUser.partnershipId()).orElseThrow(Rounds::notFound);
    }

    private boolean isStaffOf(long partnershipId) {
        return currentUser.optional()
                .filter(u -> u.roleNames().contains("OFFICER") || u.roleNames().contains("ADMIN"))
                .map(u -> Objects.equals(u.partnershipId(), partnershipId))
                .orElse(false);
    }

    /** Turns rounds into summaries, reading each partnership's name once however many rounds it has. */
    private java.util.function.Function<FundingRound, RoundSummary> summaries() {
        Map<Long, String> names = new java.util.HashMap<>();
        return r -> new RoundSummary(r.getId(), r.getPartnershipId(),
                names.computeIfAbsent(r.getPartnershipId(), id -> partnerships.get(id).name()), r.getTitle(),
                r.pot(), r.minGrant(), r.maxGrant(), r.getOpensAt(), r.getClosesAt(), r.getStatus(),
                r.getScoringClosesAt());
    }


    private RoundDetails details(FundingRound r) {
        var rules = r.allocationRules();
        var needIds = new ArrayList<>(r.getPriorities().stream().map(PriorityEntity::getNeedCategoryId)
                .toList());
        var areaIds = new ArrayList<>(r.getPriorities().stream().map(PriorityEntity::getAreaId).toList());
        rules.sharesOf(ShareOf.NEED).forEach(s -> needIds.add(s.targetId()));
        rules.sharesOf(ShareOf.AREA).forEach(s -> areaIds.add(s.targetId()));
        Map<Long, NeedCategoryInfo> needs = needCategories.byIds(r.getPartnershipId(), needIds).stream()
                .collect(Collectors.toMap(NeedCategoryInfo::id, n -> n, (a, b) -> a));
        Map<Long, String> areaNames = areas.byIds(r.getPartnershipId(), areaIds).stream()
                .collect(Collectors.toMap(AreaInfo::id, AreaInfo::name, (a, b) -> a));
        var priorities = r.getPriorities().stream()
                .map(p -> new PriorityGap(p.getNeedCategoryId(), needs.get(p.getNeedCategoryId()).name(),
                        p.getAreaId(), areaNames.get(p.getAreaId()), p.figures(), p.isFiguresPublic()))
                .sorted(PriorityGap.LARGEST_FIRST.thenComparing(p -> needs.get(p.needCategoryId()).label())
                        .thenComparing(PriorityGap::areaName))
                .toList();
        var shares = rules.minimumShares().stream().map(s -> new MinimumShare(s.kind(), s.targetId(),
                s.kind() == ShareOf.AREA ? Message.verbatim(areaNames.get(s.targetId()))
                        : needs.get(s.targetId()).name(), s.percent())).toList();
        return new RoundDetails(r.getId(), r.getVersion(), r.getPartnershipId(),
                partnerships.get(r.getPartnershipId()).name(), r.getTitle(), r.getDescription(), r.pot(),
                r.minGrant(), r.maxGrant(), r.shortFormThreshold(), r.getOpensAt(), r.getClosesAt(),
                r.getProjectEndLimit(), r.getScale(), r.getStatus(),
                r.getEligibility().stream().map(EligibilityQuestionEntity::toRecord).toList(),
                r.getCriteria().stream().map(CriterionEntity::toRecord).toList(),
                priorities,
                r.getDocuments().stream().map(RequiredDocumentEntity::toRecord).toList(),
                r.getScoringClosesAt(),
                new AllocationRules(shares, rules.oneGrantPerOrganisation(), rules.smallGroupShare(),
                        rules.minimumPriorityGapsCovered(), rules.partialAwardMinimumPercent()),
                r.getDecisionMode());
    }

    private static RecordNotFoundException notFound() {
        return new RecordNotFoundException("Round");
    }
}
