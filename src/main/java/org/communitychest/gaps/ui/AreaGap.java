package org.communitychest.gaps.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.communitychest.gaps.GapCell;

/**
 * An area's gap on the map: the unmet people of the needs shown, added up ({@code lowerBound} where a suppressed
 * count was left out of any of them), and the people referred, added up the same way.
 */
record AreaGap(String code, String name, boolean hasFigures, int unmet, boolean lowerBound, int received,
        boolean receivedLowerBound) {

    static final Comparator<AreaGap> LARGEST_FIRST = Comparator.comparing(AreaGap::hasFigures).reversed()
            .thenComparing(Comparator.comparingInt(AreaGap::unmet).reversed()).thenComparing(AreaGap::name);

    /** Every area on the map with the cells' figures for it, largest gap first, areas without figures last. */
    static List<AreaGap> of(List<AreaMapChart.MapArea> areas, List<GapCell> cells) {
        var byCode = new LinkedHashMap<String, List<GapCell>>();
        for (var cell : cells) {
            byCode.computeIfAbsent(cell.areaCode(), code -> new java.util.ArrayList<>()).add(cell);
        }
        return areas.stream().map(area -> of(area, byCode.getOrDefault(area.code(), List.of())))
                .sorted(LARGEST_FIRST).toList();
    }

    private static AreaGap of(AreaMapChart.MapArea area, List<GapCell> cells) {
        if (cells.isEmpty()) {
            return new AreaGap(area.code(), area.name(), false, 0, false, 0, false);
        }
        int unmet = cells.stream().mapToInt(GapCell::unmet).sum();
        boolean lowerBound = cells.stream().anyMatch(GapCell::lowerBound);
        int received = cells.stream().mapToInt(c -> c.received() == null ? 0 : c.received()).sum();
        boolean receivedLowerBound = cells.stream().anyMatch(c -> c.received() == null);
        return new AreaGap(area.code(), area.name(), true, unmet, lowerBound, received, receivedLowerBound);
    }
}
