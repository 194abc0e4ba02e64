package org.communitychest.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.base.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Turns an uploaded GeoJSON FeatureCollection of boundaries (ONS Open Geography files, say) into the map we keep:
 * finds the feature property whose values are the partnership's area codes (ONS names it WD24CD, LAD24CD and so
 * on), keeps the Polygon and MultiPolygon shapes of those areas with the areas' own codes and names, and makes
 * them small (five decimals, simplified). The file is read one feature at a time, so a large file never becomes
 * one large tree in memory. Anything wrong is an {@link AreaMapProblem}; what is only left out is a warning.
 */
final class GeoJsonBoundaries {

    private static final String CODE = "code"; // not user text: the preferred property name
    private static final int LONGEST_CODE = 20;

    /** One feature as read: its string properties that could be a code, and its polygons, made small. */
    record Feature(int number, Map<String, String> properties, List<List<long[]>> polygons) {
    }

    private GeoJsonBoundaries() {
    }

    static NormalisedMap normalise(byte[] content, List<AreaInfo> areas) {
        if (areas.isEmpty()) {
            throw AreaMapProblem.of("staff.place.map.no-areas");
        }
        List<Feature> features = read(content);
        Map<String, AreaInfo> byCode = areas.stream()
                .collect(Collectors.toMap(AreaInfo::code, Function.identity(), (a, b) -> a));
        String property = codeProperty(features, byCode.keySet()).orElseThrow(() -> AreaMapProblem.of(
                "staff.place.map.no-code-property", MapCoverage.exampleCode(areas)));

        Map<String, List<List<long[]>>> polygons = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        int withoutCode = 0;
        for (Feature feature : features) {
            String code = feature.properties().get(property);
            if (code == null) {
                withoutCode++;
            } else if (!byCode.containsKey(code)) {
                unknown.add(code);
            } else if (!feature.polygons().isEmpty()) {
                polygons.computeIfAbsent(code, c -> new ArrayList<>()).addAll(feature.polygons());
            }
        }
        List<AreaShape> shapes = polygons.entrySet().stream()
                .map(e -> new AreaShape(e.getKey(), byCode.get(e.getKey()).name(), e.getValue()))
                .sorted(Comparator.comparing(AreaShape::name).thenComparing(AreaShape::code)).toList();
        var warnings = new ArrayList<>(MapCoverage.warnings(areas, polygons.keySet(), unknown,
                "staff.place.map.features-not-areas"));
        if (withoutCode > 0) {
            warnings.add(Message.of("staff.place.map.features-without-code", withoutCode,
                    property));
        }
        return new NormalisedMap(AreaMap.Kind.BOUNDARIES, AreaShapesJson.write(shapes), shapes.size(), property,
                warnings);
    }

    /**
     * The property holding the most distinct area codes (a ward file's LAD24CD holds one, the borough's; its
     * WD24CD holds every ward's); on a tie {@code code}, then a name ending in CD as ONS names them.
     */
    static Optional<String> codeProperty(List<Feature> features, Set<String> codes) {
        Map<String, Set<String>> matched = new HashMap<>();
        for (Feature feature : features) {
            feature.properties().forEach((name, value) -> {
                if (codes.contains(value)) {
                    matched.computeIfAbsent(name, n -> new HashSet<>()).add(value);
                }
            });
        }
        return matched.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                .thenComparing(e -> preference(e.getKey()))
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey);
    }

    private static int preference(String property) {
        if (property.equalsIgnoreCase(CODE)) {
            return 0;
        }
        return property.toUpperCase(Locale.ROOT).endsWith("CD") ? 1 : 2;
    }

    /** The features of a FeatureCollection, checked and made small, one at a time. */
    static List<Feature> read(byte[] content) {
        try (JsonParser parser = AreaShapesJson.JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw AreaMapProblem.of("staff.place.map.not-feature-collection");
            }
            String type = null;
            List<Feature> features = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("type") && value == JsonToken.VALUE_STRING) { // not user text: GeoJSON
                    type = parser.getString();
                } else if (name.equals("features") && value == JsonToken.START_ARRAY) { // not user text: GeoJSON
                    features = features(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw AreaMapProblem.of("staff.place.map.not-json", parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr());
            }
            if (!"FeatureCollection".equals(type) || features == null) { // not user text: GeoJSON
                throw AreaMapProblem.of("staff.place.map.not-feature-collection");
            }
            if (features.isEmpty()) {
                throw AreaMapProblem.of("staff.place.map.no-features");
            }
            return features;
        } catch (JacksonException e) {
            throw AreaMapProblem.notJson(e);
        }
    }

    private static List<Feature> features(JsonParser parser) {
        var features = new ArrayList<Feature>();
        int number = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            number++;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw AreaMapProblem.of("staff.place.map.feature-not-object", number);
            }
            JsonNode feature = parser.readValueAsTree();
            features.add(feature(number, feature));
        }
        return features;
    }

    private static Feature feature(int number, JsonNode node) {
        Map<String, String> properties = new HashMap<>();
        JsonNode given = node.path("properties"); // not user text: GeoJSON
        if (given.isObject()) {
            given.forEachEntry((name, value) -> {
                if (value.isString() && value.stringValue().strip().length() <= LONGEST_CODE) {
                    properties.put(name, value.stringValue().strip());
                }
            });
        }
        JsonNode geometry = node.path("geometry"); // not user text: GeoJSON
        if (!geometry.isObject()) {
            throw AreaMapProblem.of("staff.place.map.geometry-missing", number);
        }
        String type = geometry.path("type").asString(""); // not user text: GeoJSON
        JsonNode coordinates = geometry.path("coordinates"); // not user text: GeoJSON
        List<List<long[]>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> addPolygon(polygons, coordinates, number); // not user text: GeoJSON
            case "MultiPolygon" -> { // not user text: GeoJSON
                requireArray(coordinates, number);
                for (JsonNode polygon : coordinates.values()) {
                    addPolygon(polygons, polygon, number);
                }
            }
            default -> throw AreaMapProblem.of("staff.place.map.geometry-type", number,
                    type.isEmpty() ? "?" : type);
        }
        return new Feature(number, properties, polygons);
    }

    /** Adds the polygon unless its outline is too small to draw; holes too small are left out. */
    private static void addPolygon(List<List<long[]>> polygons, JsonNode rings, int number) {
        requireArray(rings, number);
        var kept = new ArrayList<long[]>();
        boolean outline = true;
        for (JsonNode ring : rings.values()) {
            long[] rounded = Rings.rounded(positions(ring, number));
            if (rounded == null) {
                if (outline) {
                    return;
                }
            } else {
                kept.add(Rings.simplified(rounded, Rings.TOLERANCE));
            }
            outline = false;
        }
        if (!kept.isEmpty()) {
            polygons.add(kept);
        }
    }

    private static double[] positions(JsonNode ring, int number) {
        requireArray(ring, number);
        double[] xy = new double[ring.size() * 2];
        int at = 0;
        for (JsonNode position : ring.values()) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw AreaMapProblem.of("staff.place.map.coordinates-bad", number);
            }
            double x = position.get(0).doubleValue();
            double y = position.get(1).doubleValue();
            if (Math.abs(x) > 180 || Math.abs(y) > 90) {
                throw AreaMapProblem.of("staff.place.map.not-longitude-latitude", number);
            }
            xy[at++] = x;
            xy[at++] = y;
        }
        return xy;
    }

    private static void requireArray(JsonNode node, int number) {
        if (!node.isArray()) {
            throw AreaMapProblem.of("staff.place.map.coordinates-bad", number);
        }
    }
}
