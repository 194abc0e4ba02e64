package org.communitychest.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communitychest.KaribuTest;
import org.communitychest.base.ui.StreamedUpload;
import org.communitychest.place.AreaMap;
import org.communitychest.place.AreaMaps;
import org.communitychest.place.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading boundaries or a hex layout beside the areas CSV, as an administrator of a new partnership. */
class AreaMapUploadViewTest extends KaribuTest {

    private static final String AREAS = """
            area_type,area_code,name,parent_code
            BOROUGH,E09999901,Sample Borough,
            WARD,E05999901,North Ward,E09999901
            WARD,E05999902,South Ward,E09999901
            WARD,E05999903,East Ward,E09999901
            """;

    @Autowired
    Areas areas;
    @Autowired
    AreaMaps maps;

    private Tenant tenant;
    private AreasView view;

    @BeforeEach
    void openAreas() {
        tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        areas.importCsv(new ByteArrayInputStream(AREAS.getBytes(StandardCharsets.UTF_8)));
        navigate("admin/areas");
        view = (AreasView) currentView();
    }

    private static byte[] resource(String name) {
        try (InputStream in = AreaMapUploadViewTest.class.getResourceAsStream("/place/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Div result) {
        return _find(result, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private AreaMap map() {
        return maps.current(tenant.id()).orElseThrow();
    }

    @Test
    void boundariesAreSavedWithWhatWasLeftOutAndTheStatusSaysWhatTheMapShows() {
        assertThat(view.mapStatus.getText()).isEqualTo(
                "No shapes are uploaded, so the map shows 3 areas as hexagons in name order.");
        assertThat(view.removeShapes.isVisible()).isFalse();

        _upload(view.boundariesUpload, "wards.geojson", "application/geo+json", resource("sample-wards.geojson"));

        assertThat(map().kind()).isEqualTo(AreaMap.Kind.BOUNDARIES);
        assertThat(texts(view.boundariesResult)).containsExactly(
                "Saved the boundaries of 2 areas, with codes from the property WD24CD (1 KB). The map now shows them.",
                "1 of your areas has no shape: East Ward.",
                "1 feature is not one of your areas and was left out: E05999909.");
        assertThat(view.boundariesResult.getClassName()).isEqualTo("cc-alert cc-alert-success");
        assertThat(view.mapStatus.getText()).startsWith("The map shows the boundaries from wards.geojson that "
                + tenant.adminEmail() + " uploaded on ").endsWith(": 2 areas, 1 KB.");
        assertThat(view.removeShapes.isVisible()).isTrue();

        _upload(view.hexJsonUpload, "wards.hexjson", "application/json", resource("sample-wards.hexjson"));

        assertThat(map().kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(texts(view.hexJsonResult)).containsExactly(
                "Saved a hex layout of 3 areas (1 KB). The map now shows it.");
        assertThat(view.boundariesResult.isVisible()).as("the earlier outcome is gone").isFalse();
        assertThat(view.mapStatus.getText()).startsWith("The map shows the hex layout from wards.hexjson");
    }

    @Test
    void aBadFileIsRefusedBesideItsUploadAndTheMapStaysAsItWasTwiceOver() {
        _upload(view.hexJsonUpload, "wards.hexjson", "application/json", resource("sample-wards.hexjson"));
        AreaMap before = map();
        String status = view.mapStatus.getText();

        _upload(view.boundariesUpload, "wards.geojson", "application/geo+json",
                "{\"type\": \"FeatureCollection\", \"features\": [".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(view.boundariesResult)).containsExactly("The file is not valid JSON (it goes wrong at line 1,"
                + " column 44). Nothing was changed: the map stays as it was.");
        assertThat(view.boundariesResult.getClassName()).isEqualTo("cc-alert");
        assertThat(view.hexJsonResult.isVisible()).isFalse();
        assertThat(map()).isEqualTo(before);
        assertThat(view.mapStatus.getText()).isEqualTo(status);

        _upload(view.hexJsonUpload, "wards.hexjson", "application/json",
                "{\"layout\": \"axial-r\", \"hexes\": {}}".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(view.hexJsonResult)).containsExactly("The layout \"axial-r\" is not one of odd-r, even-r,"
                + " odd-q and even-q. Nothing was changed: the map stays as it was.");
        assertThat(view.boundariesResult.isVisible()).isFalse();
        assertThat(map()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where partnership_id = ?"
                + " and action = 'AREA_MAP_UPLOADED'", Long.class, tenant.id())).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndTheNextFileIsSaved() throws Exception {
        var body = new StreamedUpload.CountingBody(700L * 1024 * 1024);

        StreamedUpload.send(view.boundariesUpload, "england.geojson", 700L * 1024 * 1024, body);

        assertThat(body.bytesRead()).isZero();
        assertThat(texts(view.boundariesResult)).containsExactly("england.geojson is 700 MB; the largest we accept"
                + " is 20 MB. Nothing was changed: the map stays as it was.");
        assertThat(map().automatic()).isTrue();
        _upload(view.boundariesUpload, "wards.geojson", "application/geo+json", resource("sample-wards.geojson"));
        assertThat(map().kind()).isEqualTo(AreaMap.Kind.BOUNDARIES);
    }

    @Test
    void removingTheUploadedShapesAsksFirstThenGoesBackToTheAutomaticLayout() {
        _upload(view.boundariesUpload, "wards.geojson", "application/geo+json", resource("sample-wards.geojson"));

        view.removeShapes.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(map().automatic()).isTrue();
        assertThat(texts(view.boundariesResult)).containsExactly(
                "The uploaded shapes were removed. The map shows your areas as hexagons in name order.");
        assertThat(view.mapStatus.getText()).isEqualTo(
                "No shapes are uploaded, so the map shows 3 areas as hexagons in name order.");
        assertThat(view.removeShapes.isVisible()).isFalse();

        _upload(view.hexJsonUpload, "wards.hexjson", "application/json", resource("sample-wards.hexjson"));
        view.removeShapes.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(map().automatic()).as("removed again on the same page").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where partnership_id = ?"
                + " and action = 'AREA_MAP_REMOVED'", Long.class, tenant.id())).isEqualTo(2);
    }

    @Test
    void anotherPartnershipsAdministratorSeesOnlyTheirOwnMapOnThePage() {
        _upload(view.boundariesUpload, "wards.geojson", "application/geo+json", resource("sample-wards.geojson"));
        var other = newPartnershipWithAdmin();
        logout();
        loginAs(other.adminEmail(), GOOD_PASSWORD);
        navigate("admin/areas");
        var otherView = (AreasView) currentView();

        assertThat(otherView.mapStatus.getText()).isEqualTo("There is no map yet: import your areas first.");
        _upload(otherView.hexJsonUpload, "wards.hexjson", "application/json", resource("sample-wards.hexjson"));
        assertThat(texts(otherView.hexJsonResult)).containsExactly("The partnership has no areas yet: import the"
                + " areas CSV first. Nothing was changed: the map stays as it was.");

        logout();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        assertThat(map().kind()).as("the first partnership's map is untouched")
                .isEqualTo(AreaMap.Kind.BOUNDARIES);
    }
}
