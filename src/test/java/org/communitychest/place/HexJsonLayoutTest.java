package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
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

/**
 * HexJSON layouts become hexagons as the ODI draws them: rows of pointy-topped hexagons or columns of flat-topped
 * ones, the odd or even ones shifted, r growing upward (north), which is how a map reads GeoJSON.
 */
class HexJsonLayoutTest {

    private static final long HALF = 50_000;
    /** 1/√3 and half of it, and √3/2, in hundred-thousandths. */
    private static final long RADIUS = 57_735;
    private static final long HALF_RADIUS = 28_868;
    private static final long ROW = 86_603;

    private static final double ROOT3_HALF = Math.sqrt(3) / 2;

    private static void assertCentre(HexLayout layout, int q, int r, double x, double y) {
        assertThat(layout.centre(q, r)).as("%s %d,%d", layout, q, r).containsExactly(new double[] {x, y},
                within(1e-12));
    }

    @Test
    void oddRowsShiftRightInOddRAndEvenRowsInEvenR() {
        assertCentre(HexLayout.ODD_R, 0, 0, 0, 0);
        assertCentre(HexLayout.ODD_R, 0, 1, 0.5, ROOT3_HALF);
        assertCentre(HexLayout.ODD_R, 2, -1, 2.5, -ROOT3_HALF);
        assertCentre(HexLayout.EVEN_R, 0, 0, 0.5, 0);
        assertCentre(HexLayout.EVEN_R, 0, 1, 0, ROOT3_HALF);
    }

    @Test
    void oddColumnsShiftUpInOddQAndEvenColumnsInEvenQ() {
        assertCentre(HexLayout.ODD_Q, 0, 0, 0, 0);
        assertCentre(HexLayout.ODD_Q, 1, 0, ROOT3_HALF, 0.5);
        assertCentre(HexLayout.ODD_Q, -1, 2, -ROOT3_HALF, 2.5);
        assertCentre(HexLayout.EVEN_Q, 0, 0, 0, 0.5);
        assertCentre(HexLayout.EVEN_Q, 1, 0, ROOT3_HALF, 0);
    }

    @Test
    void rowLayoutsArePointyToppedCounterClockwiseAndClosed() {
        assertThat(HexLayout.ODD_R.corners(0, 0)).containsExactly(
                HALF, HALF_RADIUS, 0, RADIUS, -HALF, HALF_RADIUS, -HALF, -HALF_RADIUS, 0, -RADIUS,
                HALF, -HALF_RADIUS, HALF, HALF_RADIUS);
        assertThat(HexLayout.EVEN_R.corners(0, 0)).as("shifted half a hexagon right").startsWith(
                2 * HALF, HALF_RADIUS, HALF, RADIUS);
    }

    @Test
    void columnLayoutsAreFlatToppedCounterClockwiseAndClosed() {
        assertThat(HexLayout.ODD_Q.corners(0, 0)).containsExactly(
                RADIUS, 0, HALF_RADIUS, HALF, -HALF_RADIUS, HALF, -RADIUS, 0, -HALF_RADIUS, -HALF,
                HALF_RADIUS, -HALF, RADIUS, 0);
        assertThat(HexLayout.EVEN_Q.corners(0, 0)).as("shifted half a hexagon up").startsWith(RADIUS, HALF);
    }

    @Test
    void neighboursShareTheirCornersExactly() {
        long[] below = HexLayout.ODD_R.corners(0, 0);
        long[] above = HexLayout.ODD_R.corners(0, 1);
        assertThat(new long[] {above[6], above[7]}).as("the upper hexagon's lower-left corner")
                .containsExactly(below[2], below[3]);
        long[] left = HexLayout.ODD_Q.corners(0, 0);
        long[] right = HexLayout.ODD_Q.corners(1, 0);
        assertThat(new long[] {right[6], right[7], right[8], right[9]}).as("the right hexagon's left side")
                .containsExactly(left[2], left[3], left[0], left[1]);
        assertThat(ROW).isEqualTo(AreaShape.scaled(Math.sqrt(3) / 2));
    }

    @Test
    void sampleLayoutGivesEachAreaItsHexagonWithTheAreasOwnNameNorthUp() {
        NormalisedMap map = HexJsonLayout.normalise(resource("sample-wards.hexjson"), AREAS);

        assertThat(map.kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(codesAndNames(map.geoJson())).containsExactly("E05999903=East Ward", "E05999901=North Ward",
                "E05999902=South Ward");
        assertThat(map.warnings()).isEmpty();
        var north = outline(features(map.geoJson()).get(1));
        var south = outline(features(map.geoJson()).get(2));
        assertThat(north).hasSize(7);
        assertThat(north.getFirst()).isEqualTo(north.getLast());
        assertThat(north.get(1).get(1)).as("r 1 is above r 0: a larger y, north on a map")
                .isGreaterThan(south.get(1).get(1));
    }

    @Test
    void hexesThatAreNotAreasAreLeftOutAndAreasWithoutAHexAreListed() {
        String file = """
                {"layout": "even-q", "hexes": {"E05999901": {"q": 0, "r": 0}, "E05000001": {"q": 1, "r": 0},
                 "E05000002": {"q": 2, "r": 0}}}""";

        NormalisedMap map = HexJsonLayout.normalise(utf8(file), AREAS);

        assertThat(codesAndNames(map.geoJson())).containsExactly("E05999901=North Ward");
        assertThat(map.warnings()).containsExactly(
                Message.of("staff.place.map.areas-without-shape", 2, "East Ward, South Ward"),
                Message.of("staff.place.map.hex.not-areas", 2, "E05000001, E05000002"));
    }

    static List<Arguments> badFiles() {
        return List.of(
                Arguments.of("not JSON", "{\"layout\": odd-r}", Message.of("staff.place.map.not-json", 1, 12)),
                Arguments.of("GeoJSON, not HexJSON", "{\"type\": \"FeatureCollection\", \"features\": []}",
                        Message.of("staff.place.map.hex.not-hexjson")),
                Arguments.of("an axial layout", "{\"layout\": \"axial-r\", \"hexes\": {}}",
                        Message.of("staff.place.map.hex.layout", "axial-r")),
                Arguments.of("no hexes", "{\"layout\": \"odd-r\", \"hexes\": {}}",
                        Message.of("staff.place.map.hex.none")),
                Arguments.of("half a hex", "{\"layout\": \"odd-r\", \"hexes\": {\"E05999901\": {\"q\": 0.5, \"r\": 0}}}",
                        Message.of("staff.place.map.hex.position", "E05999901")),
                Arguments.of("r missing", "{\"layout\": \"odd-r\", \"hexes\": {\"E05999901\": {\"q\": 1}}}",
                        Message.of("staff.place.map.hex.position", "E05999901")),
                Arguments.of("two in one place", """
                        {"layout": "odd-r", "hexes": {"E05999901": {"q": 1, "r": 2}, "E05999902": {"q": 1, "r": 2}}}""",
                        Message.of("staff.place.map.hex.same-place", "E05999901", "E05999902", 1, 2)),
                Arguments.of("none of our codes", "{\"layout\": \"odd-r\", \"hexes\": {\"X1\": {\"q\": 1, \"r\": 2}}}",
                        Message.of("staff.place.map.hex.no-codes", "E05999903")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithItsReason(String what, String file, Message reason) {
        assertThatThrownBy(() -> HexJsonLayout.normalise(utf8(file), AREAS))
                .isInstanceOfSatisfying(AreaMapProblem.class, p -> assertThat(p.reason()).isEqualTo(reason));
    }

    @Test
    void withoutUploadsTheMostNumerousKindOfAreaIsLaidOutInNameOrderLikeAPage() {
        var wards = new java.util.ArrayList<AreaInfo>(List.of(
                new AreaInfo(100, AreaType.BOROUGH, "E09999901", "Sample Borough", null, null)));
        for (int i = 1; i <= 20; i++) {
            wards.add(new AreaInfo(i, AreaType.WARD, "E059999%02d".formatted(i), "Ward %02d".formatted(21 - i),
                    "E09999901", null));
        }

        NormalisedMap map = AutomaticHexLayout.of(wards);

        assertThat(map.kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(codesAndNames(map.geoJson())).hasSize(20).startsWith("E05999920=Ward 01", "E05999919=Ward 02")
                .endsWith("E05999901=Ward 20").noneMatch(f -> f.contains("Borough"));
        assertThat(AutomaticHexLayout.columns(20)).isEqualTo(5);
        var first = outline(features(map.geoJson()).get(0));
        var second = outline(features(map.geoJson()).get(1));
        var sixth = outline(features(map.geoJson()).get(5));
        assertThat(second.get(1).get(0)).as("the next name to the right").isEqualTo(first.get(1).get(0) + 1);
        assertThat(sixth.get(1).get(1)).as("the sixth starts the row below").isLessThan(first.get(1).get(1));
        assertThat(AutomaticHexLayout.of(List.of())).isNull();
        assertThat(AutomaticHexLayout.columns(1)).isEqualTo(1);
    }
}
