package org.communitychest.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.applications.EligibleBid;
import org.communitychest.panels.calc.Allocation;
import org.communitychest.panels.calc.AllocationCandidate;
import org.communitychest.panels.calc.MinimumShare;
import org.communitychest.panels.calc.PriorityGap;
import org.communitychest.panels.calc.Statistics;
import org.communitychest.rounds.AllocationRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money shared out: the moderation board's ranking (moderated score, else calibrated mean) with the round's
 * rules, by greedy-with-skip and by the optimal combination, with the panel's logged lottery seed for the last
 * ties. For officers, who show it to the panel.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class PanelAllocation {

    /** A shortlist asks for up to this many times the pot, so that residents have a real choice. */
    static final int SHORTLIST_POTS = 2;

    private final CurrentMember currentMember;
    private final Moderation moderation;
    private final DecisionRelease decisions;
    private final PanelRepository panels;

    PanelAllocation(CurrentMember currentMember, Moderation moderation, DecisionRelease decisions,
            PanelRepository panels) {
        this.panels = panels;
        this.currentMember = currentMember;
        this.moderation = moderation;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public AllocationResult allocate(long panelId) {
        var panel = currentMember.panel(panelId);
        var scored = moderation.boardAndSheets(panelId);
        var board = scored.board();
        var round = board.round();
        Map<Long, EligibleBid> eligible = decisions.eligibleBids(round.id()).stream()
                .collect(Collectors.toMap(EligibleBid::id, Function.identity()));
        var rules = round.allocationRules() == null ? AllocationRules.NONE : round.allocationRules();
        var byBid = scored.sheetsByBid();
        var candidates = new ArrayList<AllocationCandidate>();
        var withoutScores = new ArrayList<EligibleBid>();
        for (var row : board.rows()) {
            var bid = eligible.get(row.applicationId());
            if (bid == null) {
                continue;
            }
            if (row.rankingScore() == null) {
                withoutScores.add(bid);
                continue;
            }
            var sheetsOfBid = byBid.getOrDefault(bid.id(), List.of());
            double median = Statistics.median(sheetsOfBid.stream()
                    .mapToDouble(s -> SheetScore.of(round.criteria(), s.getMarks(), round.scale())).toArray());
            double first = sheetsOfBid.stream()
                    .mapToDouble(s -> SheetScore.firstCriterion(round.criteria(), s.getMarks(), round.scale()))
                    .average().orElse(0);
            candidates.add(new AllocationCandidate(bid.id(), bid.organisationId(), bid.requested().pence(),
                    row.rankingScore(), median, first, bid.areaIds(), bid.needIds(), isSmall(rules, bid),
                    bid.gaps().covered().stream().map(g -> new PriorityGap(g.needCategoryId(), g.areaId()))
                            .collect(Collectors.toSet())));
        }
        var allocation = Allocation.of(candidates, round.pot().pence(), rulesFor(rules), panel.getLotterySeed());
        return new AllocationResult(panelId, round, allocation, eligible, withoutScores);
    }

    /**
     * The panel's shortlist for a residents' vote: its ranking, best first, for as long as the bids' requests come
     * to no more than twice the pot; empty until the panel has scores to rank by (or when the round has no panel).
     */
    @Transactional(readOnly = true)
    public List<Long> shortlist(long roundId) {
        var panel = panels.findByRoundId(roundId);
        if (panel.isEmpty()) {
            return List.of();
        }
        var result = allocate(currentMember.panel(panel.get().getId()).getId());
        long room = result.round().pot().pence() * SHORTLIST_POTS;
        var shortlist = new ArrayList<Long>();
        for (var place : result.allocation().ranking().places()) {
            room -= place.bid().costPence();
            if (room < 0) {
                break;
            }
            shortlist.add(place.bid().bidId());
        }
        return shortlist;
    }

    private static boolean isSmall(AllocationRules rules, EligibleBid bid) {
        return rules.smallGroups().map(s -> bid.incomeBand() != null && s.counts(bid.incomeBand())).orElse(false);
    }

    static org.communitychest.panels.calc.AllocationRules rulesFor(AllocationRules rules) {
        var shares = rules.minimumShares().stream().map(s -> new MinimumShare(
                s.kind() == AllocationRules.ShareOf.AREA ? MinimumShare.Group.AREA : MinimumShare.Group.NEED,
                s.targetId(), s.percent() / 100.0)).toList();
        return new org.communitychest.panels.calc.AllocationRules(shares, rules.oneGrantPerOrganisation(),
                rules.smallGroups().map(s -> s.percent() / 100.0).orElse(0.0), rules.minimumPriorityGapsCovered(),
                rules.partialAwardMinimumPercent() / 100.0);
    }
}
