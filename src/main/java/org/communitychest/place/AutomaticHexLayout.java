package org.communitychest.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The map of a partnership that uploaded no shapes: its areas of the most numerous type (its wards, say, not the
 * borough they are in) as hexagons in name order, read like a page: left to right, then the next row down. The
 * grid is about as wide as it is high, so a map shows something at once.
 */
final class AutomaticHexLayout {

    private AutomaticHexLayout() {
    }

    /** Null when the partnership has no areas. */
    static NormalisedMap of(List<AreaInfo> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        Map<AreaType, Long> counts = areas.stream()
                .collect(Collectors.groupingBy(AreaInfo::type, Collectors.counting()));
        AreaType type = counts.entrySet().stream()
                .max(Map.Entry.<AreaType, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        List<AreaInfo> drawn = areas.stream().filter(a -> a.type() == type)
                .sorted(Comparator.comparing(AreaInfo::name).thenComparing(AreaInfo::code)).toList();
        int columns = columns(drawn.size());
        var shapes = new ArrayList<AreaShape>();
        for (int i = 0; i < drawn.size(); i++) {
            AreaInfo area = drawn.get(i);
            long[] hexagon = HexLayout.ODD_R.corners(i % columns, -(i / columns));
            shapes.add(new AreaShape(area.code(), area.name(), List.of(List.of(hexagon))));
        }
        return new NormalisedMap(AreaMap.Kind.HEXES, AreaShapesJson.write(shapes), shapes.size(), null, List.of());
    }

    /**
     * Rows of pointy-topped hexagons are 1 apart sideways and 0.87 apart upward: this many columns make the grid
     * about square.
     */
    static int columns(int hexagons) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(hexagons * 1.5 * HexLayout.RADIUS)));
    }
}
