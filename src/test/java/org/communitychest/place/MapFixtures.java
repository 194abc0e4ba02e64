package org.communitychest.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The made-up sample partnership of the map tests, its files, and a reader for the GeoJSON we serve. */
final class MapFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The areas the sample files are about: a borough and three wards, one of which no file has a shape for. */
    static final String AREAS_CSV = """
            area_type,area_code,name,parent_code
            BOROUGH,E09999901,Sample Borough,
            WARD,E05999901,North Ward,E09999901
            WARD,E05999902,South Ward,E09999901
            WARD,E05999903,East Ward,E09999901
            """;

    static final List<AreaInfo> AREAS = List.of(
            new AreaInfo(1, AreaType.BOROUGH, "E09999901", "Sample Borough", null, null),
            new AreaInfo(2, AreaType.WARD, "E05999901", "North Ward", "E09999901", null),
            new AreaInfo(3, AreaType.WARD, "E05999902", "South Ward", "E09999901", null),
            new AreaInfo(4, AreaType.WARD, "E05999903", "East Ward", "E09999901", null));

    private MapFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = MapFixtures.class.getResourceAsStream("/place/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode features(String geoJson) {
        JsonNode root = JSON.readTree(geoJson);
        if (!"FeatureCollection".equals(root.path("type").asString())) {
            throw new AssertionError("not a FeatureCollection: " + geoJson);
        }
        return root.path("features");
    }

    /** code=name of every feature, in order. */
    static List<String> codesAndNames(String geoJson) {
        var found = new ArrayList<String>();
        for (JsonNode feature : features(geoJson).values()) {
            found.add(feature.path("properties").path("code").asString() + "="
                    + feature.path("properties").path("name").asString());
        }
        return found;
    }

    /** The outline of a feature's first polygon as [x, y] pairs. */
    static List<List<Double>> outline(JsonNode feature) {
        JsonNode geometry = feature.path("geometry");
        JsonNode polygon = geometry.path("type").asString().equals("MultiPolygon")
                ? geometry.path("coordinates").get(0) : geometry.path("coordinates");
        var points = new ArrayList<List<Double>>();
        for (JsonNode position : polygon.get(0).values()) {
            points.add(List.of(position.get(0).doubleValue(), position.get(1).doubleValue()));
        }
        return points;
    }
}
