package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.place.MapFixtures.AREAS;
import static org.communitychest.place.MapFixtures.codesAndNames;
import static org.communitychest.place.MapFixtures.features;
import static org.communitychest.place.MapFixtures.outline;
import static org.communitychest.place.MapFixtures.resource;
import static org.communitychest.place.MapFixtures.utf8;

import java.util.List;
import org.communitychest.base.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Uploaded boundaries become the partnership's areas with their own codes and names, small, or are refused. */
class GeoJsonBoundariesTest {

    private static String feature(String properties, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features) + "]}";
    }

    private static String square(double x, double y) {
        return "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}"
                .formatted(x, y, x + 0.01, y, x + 0.01, y + 0.01, x, y + 0.01, x, y);
    }

    @Test
    void onsStyleFileKeepsTheAreasOfTheCodePropertyWithTheirOwnNamesRoundedToFiveDecimals() {
        NormalisedMap map = GeoJsonBoundaries.normalise(resource("sample-wards.geojson"), AREAS);

        assertThat(map.kind()).isEqualTo(AreaMap.Kind.BOUNDARIES);
        assertThat(map.codeProperty()).as("WD24CD holds two ward codes, LAD24CD only the borough's")
                .isEqualTo("WD24CD");
        assertThat(codesAndNames(map.geoJson())).containsExactly("E05999901=North Ward", "E05999902=South Ward");
        assertThat(map.featureCount()).isEqualTo(2);
        JsonNode north = features(map.geoJson()).get(0);
        assertThat(north.path("properties").propertyNames()).containsExactly("code", "name");
        assertThat(north.path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(outline(north)).containsExactly(List.of(-0.05, 51.52), List.of(-0.04, 51.52),
                List.of(-0.04, 51.53), List.of(-0.05, 51.53), List.of(-0.05, 51.52));
        JsonNode south = features(map.geoJson()).get(1);
        assertThat(south.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(south.path("geometry").path("coordinates").size()).isEqualTo(2);
        assertThat(map.geoJson()).doesNotContain("0.0500000012", "Sample Borough", "WD24NM", "North Ward (as ONS");
        assertThat(map.warnings()).containsExactly(
                Message.of("staff.place.map.areas-without-shape", 1, "East Ward"),
                Message.of("staff.place.map.features-not-areas", 1, "E05999909"));
        assertThat(map.bytes()).isEqualTo(map.geoJson().length());
    }

    @Test
    void onATieThePropertyCalledCodeWinsThenANameEndingInCd() {
        String both = collection(
                feature("{\"ref\": \"E05999901\", \"code\": \"E05999901\", \"WD24CD\": \"E05999901\"}",
                        square(-0.05, 51.52)));
        assertThat(GeoJsonBoundaries.normalise(utf8(both), AREAS).codeProperty()).isEqualTo("code");

        String onsAndOther = collection(
                feature("{\"ref\": \"E05999901\", \"WD24CD\": \"E05999901\"}", square(-0.05, 51.52)));
        assertThat(GeoJsonBoundaries.normalise(utf8(onsAndOther), AREAS).codeProperty()).isEqualTo("WD24CD");
    }

    @Test
    void twoFeaturesOfOneAreaBecomeOneMultiPolygonAndAFeatureWithoutTheCodeIsLeftOutWithAWarning() {
        String file = collection(
                feature("{\"code\": \"E05999901\"}", square(-0.05, 51.52)),
                feature("{\"code\": \"E05999901\"}", square(-0.03, 51.52)),
                feature("{\"other\": \"x\"}", square(-0.01, 51.52)));

        NormalisedMap map = GeoJsonBoundaries.normalise(utf8(file), AREAS);

        assertThat(codesAndNames(map.geoJson())).containsExactly("E05999901=North Ward");
        JsonNode geometry = features(map.geoJson()).get(0).path("geometry");
        assertThat(geometry.path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(geometry.path("coordinates").size()).isEqualTo(2);
        assertThat(map.warnings()).contains(Message.of("staff.place.map.features-without-code", 1, "code"));
    }

    @Test
    void manyPointsAlongAStraightEdgeAreSimplifiedAwayAndACornerStays() {
        var ring = new StringBuilder("[[-0.05, 51.52]");
        for (int i = 1; i < 1000; i++) {
            ring.append(", [").append(-0.05 + i * 0.00001).append(", 51.520000001]");
        }
        ring.append(", [-0.04, 51.52], [-0.045, 51.53], [-0.05, 51.52]]");
        String file = collection(feature("{\"code\": \"E05999901\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}"));

        NormalisedMap map = GeoJsonBoundaries.normalise(utf8(file), AREAS);

        var outline = outline(features(map.geoJson()).get(0));
        assertThat(outline).as("the corners and a point every %d", Rings.STRETCH).hasSizeLessThan(10)
                .startsWith(List.of(-0.05, 51.52)).endsWith(List.of(-0.04, 51.52), List.of(-0.045, 51.53),
                        List.of(-0.05, 51.52)).allMatch(p -> p.get(1) == 51.52 || p.get(1) == 51.53);
    }

    @Test
    void aLongZigzagKeepsEveryPointThatMattersStretchByStretch() {
        int points = 10_001;
        long[] ring = new long[(points + 2) * 2];
        for (int i = 0; i < points; i++) {
            ring[2 * i] = 100L * i;
            ring[2 * i + 1] = i % 2 == 0 ? 0 : 100;
        }
        ring[2 * points] = 500_000;
        ring[2 * points + 1] = -100_000;
        ring[2 * points + 2] = 0;
        ring[2 * points + 3] = 0;

        assertThat(Rings.simplified(ring, Rings.TOLERANCE)).containsExactly(ring);
    }

    @Test
    void roundingDropsRepeatedPointsAndClosesAnOpenRing() {
        long[] ring = Rings.rounded(new double[] {0, 0, 0.000001, 0.000001, 1, 0, 1, 1});
        assertThat(ring).containsExactly(0, 0, 100_000, 0, 100_000, 100_000, 0, 0);
        assertThat(Rings.rounded(new double[] {0, 0, 1, 1, 0, 0})).as("a line, not a shape").isNull();
    }

    static List<Arguments> badFiles() {
        String point = collection(feature("{\"code\": \"E05999901\"}",
                "{\"type\": \"Point\", \"coordinates\": [-0.05, 51.52]}"));
        String noGeometry = collection(feature("{\"code\": \"E05999901\"}", "null"));
        String words = collection(feature("{\"code\": \"E05999901\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [[[\"west\", \"north\"]]]}"));
        String nationalGrid = collection(feature("{\"code\": \"E05999901\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [[[535000, 181000], [536000, 181000], [536000, 182000],"
                        + " [535000, 181000]]]}"));
        String otherCodes = collection(feature("{\"WD24CD\": \"E05000001\"}", square(-0.05, 51.52)));
        return List.of(
                Arguments.of("not JSON", "{\"type\": \"FeatureCollection\",\n \"features\": [",
                        Message.of("staff.place.map.not-json", 2, 15)),
                Arguments.of("more after the end", collection(feature("{\"code\": \"E05999901\"}",
                        square(-0.05, 51.52))) + " {}", Message.of("staff.place.map.not-json", 1, 235)),
                Arguments.of("a list", "[1, 2]", Message.of("staff.place.map.not-feature-collection")),
                Arguments.of("a single feature", feature("{}", square(0, 0)),
                        Message.of("staff.place.map.not-feature-collection")),
                Arguments.of("no features", collection(), Message.of("staff.place.map.no-features")),
                Arguments.of("a point", point, Message.of("staff.place.map.geometry-type", 1, "Point")),
                Arguments.of("no geometry", noGeometry, Message.of("staff.place.map.geometry-missing", 1)),
                Arguments.of("words for coordinates", words, Message.of("staff.place.map.coordinates-bad", 1)),
                Arguments.of("British National Grid", nationalGrid,
                        Message.of("staff.place.map.not-longitude-latitude", 1)),
                Arguments.of("none of our codes", otherCodes,
                        Message.of("staff.place.map.no-code-property", "E05999903")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithItsReason(String what, String file, Message reason) {
        assertThatThrownBy(() -> GeoJsonBoundaries.normalise(utf8(file), AREAS))
                .isInstanceOfSatisfying(AreaMapProblem.class, p -> assertThat(p.reason()).isEqualTo(reason));
    }

    @Test
    void aPartnershipWithoutAreasIsToldToImportThemFirst() {
        assertThatThrownBy(() -> GeoJsonBoundaries.normalise(resource("sample-wards.geojson"), List.of()))
                .isInstanceOfSatisfying(AreaMapProblem.class, p -> assertThat(p.reason())
                        .isEqualTo(Message.of("staff.place.map.no-areas")));
    }
}
