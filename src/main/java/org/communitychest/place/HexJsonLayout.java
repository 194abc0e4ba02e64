package org.communitychest.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a HexJSON layout (the ODI's format: {@code {"layout": "odd-r", "hexes": {"E05009317": {"q": 0, "r": 3,
 * "n": "Bethnal Green East"}}}}) into the map we keep: one hexagon per area, keyed by the area's code, in the
 * layout's own shape (pointy-topped for rows, flat-topped for columns).
 */
final class HexJsonLayout {

    private HexJsonLayout() {
    }

    static NormalisedMap normalise(byte[] content, List<AreaInfo> areas) {
        if (areas.isEmpty()) {
            throw AreaMapProblem.of("staff.place.map.no-areas");
        }
        JsonNode root;
        try {
            root = AreaShapesJson.JSON.readTree(content);
        } catch (JacksonException e) {
            throw AreaMapProblem.notJson(e);
        }
        if (root == null || !root.isObject() || !root.path("layout").isString() // not user text: HexJSON
                || !root.path("hexes").isObject()) { // not user text: HexJSON
            throw AreaMapProblem.of("staff.place.map.hex.not-hexjson");
        }
        String layoutName = root.path("layout").stringValue(); // not user text: HexJSON
        HexLayout layout = HexLayout.named(layoutName)
                .orElseThrow(() -> AreaMapProblem.of("staff.place.map.hex.layout", layoutName));
        JsonNode hexes = root.path("hexes"); // not user text: HexJSON
        if (hexes.isEmpty()) {
            throw AreaMapProblem.of("staff.place.map.hex.none");
        }

        Map<String, AreaInfo> byCode = areas.stream()
                .collect(Collectors.toMap(AreaInfo::code, Function.identity(), (a, b) -> a));
        Map<List<Integer>, String> taken = new HashMap<>();
        var shapes = new ArrayList<AreaShape>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> hex : hexes.properties()) {
            String code = hex.getKey().strip();
            JsonNode q = hex.getValue().path("q");
            JsonNode r = hex.getValue().path("r");
            if (!q.isNumber() || !q.canConvertToExactIntegral() || !q.canConvertToInt()
                    || !r.isNumber() || !r.canConvertToExactIntegral() || !r.canConvertToInt()) {
                throw AreaMapProblem.of("staff.place.map.hex.position", code);
            }
            int column = q.intValue();
            int row = r.intValue();
            String other = taken.putIfAbsent(List.of(column, row), code);
            if (other != null) {
                throw AreaMapProblem.of("staff.place.map.hex.same-place", other, code, column, row);
            }
            AreaInfo area = byCode.get(code);
            if (area == null) {
                unknown.add(code);
            } else {
                shapes.add(new AreaShape(code, area.name(), List.of(List.of(layout.corners(column, row)))));
            }
        }
        if (shapes.isEmpty()) {
            throw AreaMapProblem.of("staff.place.map.hex.no-codes", MapCoverage.exampleCode(areas));
        }
        shapes.sort(Comparator.comparing(AreaShape::name).thenComparing(AreaShape::code));
        Set<String> shaped = shapes.stream().map(AreaShape::code).collect(Collectors.toSet());
        return new NormalisedMap(AreaMap.Kind.HEXES, AreaShapesJson.write(shapes), shapes.size(), null,
                MapCoverage.warnings(areas, shaped, unknown, "staff.place.map.hex.not-areas"));
    }
}
