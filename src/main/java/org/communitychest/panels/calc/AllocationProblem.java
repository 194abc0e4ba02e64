package org.communitychest.panels.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The candidates in rank order with the pot and rules, and the figures both methods check a list against. */
final class AllocationProblem {

    final long potPence;
    final AllocationRules rules;
    final List<AllocationCandidate> ranked;
    final long othersLimitPence;

    AllocationProblem(Ranking ranking, Map<Long, AllocationCandidate> byId, long potPence, AllocationRules rules) {
        this.potPence = potPence;
        this.rules = rules;
        this.ranked = ranking.places().stream().map(p -> byId.get(p.bid().bidId())).toList();
        this.othersLimitPence = rules.othersLimitPence(potPence);
    }

    int size() {
        return ranked.size();
    }

    AllocationCandidate bid(int index) {
        return ranked.get(index);
    }

    /** The rules beyond the pot and one grant per organisation: shares, the small-group reserve, priority gaps. */
    List<Rule> extraRules() {
        List<Rule> extra = new ArrayList<>();
        for (MinimumShare share : rules.minimumShares()) {
            extra.add(new Rule(share.group() == MinimumShare.Group.AREA ? ConstraintCheck.Kind.AREA_SHARE
                    : ConstraintCheck.Kind.NEED_SHARE, share.groupId(), ConstraintCheck.Bound.AT_LEAST,
                    share.requiredPence(potPence)));
        }
        if (rules.smallGroupShare() > 0) {
            extra.add(new Rule(ConstraintCheck.Kind.SMALL_GROUP_RESERVE, 0, ConstraintCheck.Bound.AT_MOST,
                    othersLimitPence));
        }
        if (rules.minimumPriorityGaps() > 0) {
            extra.add(new Rule(ConstraintCheck.Kind.PRIORITY_GAPS, 0, ConstraintCheck.Bound.AT_LEAST,
                    rules.minimumPriorityGaps()));
        }
        return extra;
    }

    /** The rules the dynamic programme carries. */
    List<Rule> potAndOrganisationRules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(ConstraintCheck.Kind.POT, 0, ConstraintCheck.Bound.AT_MOST, potPence));
        if (this.rules.onePerOrganisation()) {
            rules.add(new Rule(ConstraintCheck.Kind.ONE_PER_ORGANISATION, 0, ConstraintCheck.Bound.AT_MOST, 1));
        }
        return rules;
    }

    List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(potAndOrganisationRules());
        all.addAll(extraRules());
        return all;
    }

    /** Whether a bid belongs to the group of a share rule. */
    boolean inGroup(Rule rule, int index) {
        AllocationCandidate bid = ranked.get(index);
        return switch (rule.kind()) {
            case AREA_SHARE -> bid.areaIds().contains(rule.groupId());
            case NEED_SHARE -> bid.needIds().contains(rule.groupId());
            default -> false;
        };
    }

    /** Each rule's figure for the money awarded per bid (index → pence). */
    ConstraintCheck check(Rule rule, Map<Integer, Long> awarded) {
        long actual = switch (rule.kind()) {
            case POT -> awarded.values().stream().mapToLong(Long::longValue).sum();
            case AREA_SHARE, NEED_SHARE -> awarded.entrySet().stream().filter(e -> inGroup(rule, e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            case ONE_PER_ORGANISATION -> {
                Map<Long, Integer> grants = new HashMap<>();
                awarded.keySet().forEach(i -> grants.merge(ranked.get(i).organisationId(), 1, Integer::sum));
                yield grants.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            }
            case SMALL_GROUP_RESERVE -> awarded.entrySet().stream().filter(e -> !ranked.get(e.getKey()).smallGroup())
                    .mapToLong(Map.Entry::getValue).sum();
            case PRIORITY_GAPS -> {
                Set<PriorityGap> covered = new HashSet<>();
                awarded.keySet().forEach(i -> covered.addAll(ranked.get(i).priorityGaps()));
                yield covered.size();
            }
        };
        return rule.check(actual);
    }

    boolean meets(List<Rule> rules, boolean[] chosen) {
        Map<Integer, Long> awarded = awarded(chosen);
        return rules.stream().allMatch(r -> check(r, awarded).met());
    }

    Map<Integer, Long> awarded(boolean[] chosen) {
        Map<Integer, Long> awarded = new HashMap<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                awarded.put(i, ranked.get(i).costPence());
            }
        }
        return awarded;
    }
}
