package org.communitychest.monitoring.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapPeriod;

/**
 * A period's gap coverage for the partnership: every gap with what funds it and what was delivered, the largest
 * uncovered first; and the coverage of every period with figures, oldest first, for the trend.
 */
public record Coverage(GapPeriod period, List<GapCoverage> gaps, List<PeriodCoverage> trend) {

    /** A need's gaps in every area of the period, taken together. */
    public record NeedCoverage(long needCategoryId, Message needName, CoverageTotal total) {
    }

    /** An area's gaps of the needs shown, taken together. */
    public record AreaCoverage(long areaId, String areaCode, String areaName, CoverageTotal total) {
    }

    /** A period's gaps taken together. */
    public record PeriodCoverage(GapPeriod period, CoverageTotal total) {
    }

    public Coverage {
        gaps = gaps.stream().sorted(GapCoverage.LARGEST_UNCOVERED_FIRST).toList();
        trend = List.copyOf(trend);
    }

    /** No figures: no period chosen, or none imported. */
    public static Coverage none(List<PeriodCoverage> trend) {
        return new Coverage(null, List.of(), trend);
    }

    public CoverageTotal total() {
        return CoverageTotal.of(gaps);
    }

    /** The gaps of one need, or of all for {@code null}, the largest uncovered first. */
    public List<GapCoverage> ofNeed(Long needCategoryId) {
        return gaps.stream().filter(g -> needCategoryId == null || g.gap().needCategoryId() == needCategoryId)
                .toList();
    }

    /** The {@code limit} largest gaps that funding leaves uncovered: where the next round could aim. */
    public List<GapCoverage> largestUncovered(int limit) {
        return gaps.stream().filter(g -> g.uncovered() > 0).limit(limit).toList();
    }

    /** Each need's gaps taken together, the need with most unmet first. */
    public List<NeedCoverage> byNeed() {
        var byNeed = new LinkedHashMap<Long, List<GapCoverage>>();
        gaps.forEach(g -> byNeed.computeIfAbsent(g.gap().needCategoryId(), id -> new ArrayList<>()).add(g));
        return byNeed.values().stream()
                .map(list -> new NeedCoverage(list.getFirst().gap().needCategoryId(), list.getFirst().gap().needName(),
                        CoverageTotal.of(list)))
                .sorted(Comparator.comparingInt((NeedCoverage n) -> n.total().unmet()).reversed()
                        .thenComparing(n -> n.needName().toString()))
                .toList();
    }

    /** Each area's gaps of one need (all for {@code null}) taken together, by area name. */
    public List<AreaCoverage> byArea(Long needCategoryId) {
        var byArea = new LinkedHashMap<Long, List<GapCoverage>>();
        ofNeed(needCategoryId).forEach(g -> byArea.computeIfAbsent(g.gap().areaId(), id -> new ArrayList<>()).add(g));
        return byArea.values().stream()
                .map(list -> new AreaCoverage(list.getFirst().gap().areaId(), list.getFirst().gap().areaCode(),
                        list.getFirst().gap().areaName(), CoverageTotal.of(list)))
                .sorted(Comparator.comparing(AreaCoverage::areaName)).toList();
    }
}
