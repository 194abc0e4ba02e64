package org.communitychest.rounds;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communitychest.base.Message;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.rounds.AllocationRules.ShareOf;

/**
 * What allocation rules a round may set. Each message names its field: {@code minimumShares.N.target} and
 * {@code minimumShares.N.percent} for the N-th share (from 0), {@code minimumShares} for their totals, then
 * {@code smallGroupPercent}, {@code smallGroupBand}, {@code minimumPriorityGapsCovered} and
 * {@code partialAwardMinimumPercent}.
 */
final class AllocationRuleChecks {

    private static final String RULES = "staff.rounds.rules.allocation.";

    private AllocationRuleChecks() {
    }

    /** {@code areaIds} and {@code needIds}: the partnership's; {@code priorities}: how many the round has. */
    static Map<String, Message> check(AllocationRules rules, int priorities, Set<Long> areaIds, Set<Long> needIds) {
        Map<String, Message> errors = new LinkedHashMap<>();
        shares(rules.minimumShares(), areaIds, needIds, errors);
        rules.smallGroups().ifPresent(small -> {
            if (small.percent() < 1 || small.percent() > 100) {
                errors.put("smallGroupPercent", rule("small-group-percent"));
            }
            if (small.atOrUnder() == null) {
                errors.put("smallGroupBand", rule("small-group-band-missing"));
            } else if (small.atOrUnder() == IncomeBand.values()[IncomeBand.values().length - 1]) {
                errors.put("smallGroupBand", rule("small-group-band-top"));
            }
        });
        int gaps = rules.minimumPriorityGapsCovered();
        if (gaps < 0 || gaps > priorities) {
            errors.put("minimumPriorityGapsCovered", rule("priority-gaps", priorities));
        }
        int partial = rules.partialAwardMinimumPercent();
        if (partial < 0 || partial > 100) {
            errors.put("partialAwardMinimumPercent", rule("partial-award"));
        }
        return errors;
    }

    private static void shares(List<AllocationRules.MinimumShare> shares, Set<Long> areaIds, Set<Long> needIds,
            Map<String, Message> errors) {
        var seen = new HashSet<List<Object>>();
        for (int i = 0; i < shares.size(); i++) {
            var share = shares.get(i);
            String field = "minimumShares." + i + ".";
            if (share.kind() == null || share.targetId() == null) {
                errors.put(field + "target", rule("share-target-missing"));
            } else if (!(share.kind() == ShareOf.AREA ? areaIds : needIds).contains(share.targetId())) {
                errors.put(field + "target", rule("share-target-foreign"));
            } else if (!seen.add(List.of(share.kind(), share.targetId()))) {
                errors.put(field + "target", rule("share-twice"));
            }
            if (share.percent() < 1 || share.percent() > 100) {
                errors.put(field + "percent", rule("share-percent"));
            }
        }
        for (var kind : ShareOf.values()) {
            int total = shares.stream().filter(s -> s.kind() == kind).mapToInt(s -> Math.max(0, s.percent())).sum();
            if (total > 100) {
                String of = kind.name().toLowerCase(Locale.ROOT);
                errors.putIfAbsent("minimumShares", rule("shares-over-100." + of, total));
            }
        }
    }

    private static Message rule(String key, Object... args) {
        return Message.of(RULES + key, args);
    }
}
