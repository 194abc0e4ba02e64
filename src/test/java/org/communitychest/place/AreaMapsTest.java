package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.place.MapFixtures.codesAndNames;
import static org.communitychest.place.MapFixtures.resource;
import static org.communitychest.place.MapFixtures.utf8;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.communitychest.IntegrationTest;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The map of a partnership: the demo's hand-made hex layout, uploads that replace it or change nothing, the
 * automatic layout, and tenancy (one partnership's administrator neither sees nor replaces another's map).
 */
class AreaMapsTest extends IntegrationTest {

    @Autowired
    AreaMaps maps;
    @Autowired
    Areas areas;

    private Tenant tenant;

    @BeforeEach
    void sampleTenant() {
        tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        assertThat(areas.importCsv(new ByteArrayInputStream(utf8(MapFixtures.AREAS_CSV))).succeeded()).isTrue();
    }

    private String thtMap() {
        loginAs("officer@example.org");
        return maps.current(thtId()).orElseThrow().geoJson();
    }

    @Test
    void theDemoHasItsWardsAsAHandMadeHexLayout() {
        loginAs("officer@example.org");

        AreaMap map = maps.current(thtId()).orElseThrow();

        assertThat(map.kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(map.automatic()).isFalse();
        assertThat(map.uploadedBy()).isEqualTo("system");
        List<String> wards = areas.ofPartnership(thtId()).stream().filter(a -> a.type() == AreaType.WARD)
                .map(a -> a.code() + "=" + a.name()).toList();
        assertThat(wards).hasSize(20);
        assertThat(codesAndNames(map.geoJson())).containsExactlyInAnyOrderElementsOf(wards);
    }

    @Test
    void withNothingUploadedTheWardsAreLaidOutAutomaticallyAndAnUploadReplacesThatLayout() {
        clock.freezeAt(java.time.Instant.parse("2026-05-04T09:30:00Z"));
        AreaMap automatic = maps.current(tenant.id()).orElseThrow();
        assertThat(automatic.automatic()).isTrue();
        assertThat(automatic.kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(codesAndNames(automatic.geoJson())).containsExactly("E05999903=East Ward",
                "E05999901=North Ward", "E05999902=South Ward");
        assertThat(maps.statusOfMine().orElseThrow()).as("counted, not drawn: no size").isEqualTo(
                new AreaMapStatus(AreaMap.Kind.HEXES, 3, 0, null, null, null, null));

        var result = maps.uploadBoundaries("wards.geojson", resource("sample-wards.geojson"));

        assertThat(result.succeeded()).as(String.valueOf(result.problem())).isTrue();
        AreaMap uploaded = maps.current(tenant.id()).orElseThrow();
        assertThat(uploaded.kind()).isEqualTo(AreaMap.Kind.BOUNDARIES);
        assertThat(uploaded.uploadedBy()).isEqualTo(tenant.adminEmail());
        assertThat(uploaded.uploadedAt()).isEqualTo(clock.instant());
        assertThat(codesAndNames(uploaded.geoJson())).containsExactly("E05999901=North Ward",
                "E05999902=South Ward");
        assertThat(result.saved()).isEqualTo(new AreaMapStatus(AreaMap.Kind.BOUNDARIES, 2,
                uploaded.geoJson().length(), "wards.geojson", "WD24CD", clock.instant(), tenant.adminEmail()));

        assertThat(maps.uploadHexJson("wards.hexjson", resource("sample-wards.hexjson")).succeeded()).isTrue();
        assertThat(maps.current(tenant.id()).orElseThrow().kind()).isEqualTo(AreaMap.Kind.HEXES);
        assertThat(maps.statusOfMine().orElseThrow().fileName()).isEqualTo("wards.hexjson");

        assertThat(maps.removeUploaded()).isTrue();
        assertThat(maps.current(tenant.id()).orElseThrow()).isEqualTo(automatic);
        assertThat(maps.removeUploaded()).as("nothing left to remove").isFalse();
        assertThat(jdbc.queryForList("select action from audit_entry where partnership_id = ? and subject_type = ?"
                + " order by id", String.class, tenant.id(), "Area map"))
                .containsExactly("AREA_MAP_UPLOADED", "AREA_MAP_UPLOADED", "AREA_MAP_REMOVED");
        assertThat(jdbc.queryForObject("select before_value from audit_entry where partnership_id = ?"
                + " and action = 'AREA_MAP_REMOVED'", String.class, tenant.id()))
                .matches("kind=HEXES; file=wards\\.hexjson; areas=3; bytes=\\d+");
    }

    @Test
    void aRefusedFileLeavesTheMapAsItWas() {
        maps.uploadHexJson("wards.hexjson", resource("sample-wards.hexjson"));
        AreaMap before = maps.current(tenant.id()).orElseThrow();

        var result = maps.uploadBoundaries("points.geojson", utf8("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "E05999901"},
                 "geometry": {"type": "Point", "coordinates": [0, 51]}}]}"""));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problem()).isEqualTo(Message.of("staff.place.map.geometry-type", 1, "Point"));
        assertThat(maps.current(tenant.id()).orElseThrow()).isEqualTo(before);
        assertThat(maps.uploadHexJson("big.hexjson", new byte[AreaMaps.MAX_HEXJSON_BYTES + 1]).problem())
                .isEqualTo(org.communitychest.base.FileSize.tooLarge("big.hexjson", AreaMaps.MAX_HEXJSON_BYTES + 1,
                        AreaMaps.MAX_HEXJSON_BYTES));
        assertThat(maps.uploadHexJson("empty.hexjson", new byte[0]).problem())
                .isEqualTo(Message.of("staff.place.map.empty"));
        assertThat(maps.current(tenant.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anotherPartnershipsAdministratorNeitherSeesNorReplacesItsMap() {
        String before = thtMap();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        assertThat(areas.importCsv(new ByteArrayInputStream(utf8("""
                area_type,area_code,name,parent_code
                WARD,E05009317,Not Bethnal Green,
                """))).succeeded()).isTrue();

        assertThatThrownBy(() -> maps.current(thtId())).isInstanceOf(RecordNotFoundException.class);
        var result = maps.uploadHexJson("tht.hexjson", utf8("""
                {"layout": "odd-r", "hexes": {"E05009317": {"q": 0, "r": 0}}}"""));

        assertThat(result.succeeded()).isTrue();
        assertThat(codesAndNames(maps.current(tenant.id()).orElseThrow().geoJson()))
                .containsExactly("E05009317=Not Bethnal Green");
        assertThat(thtMap()).isEqualTo(before);
        assertThat(maps.current(thtId())).isPresent();
        assertThatThrownBy(() -> maps.current(tenant.id())).as("nor the other way round")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void onlyAdministratorsUploadOrRemoveAndOnlyStaffAndPanellistsSeeTheMap() {
        for (String who : List.of("officer@example.org", "panellist@example.org", "applicant@example.org")) {
            actAs(who);
            assertThatThrownBy(() -> maps.uploadHexJson("x.hexjson", resource("sample-wards.hexjson"))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> maps.uploadBoundaries("x.geojson", resource("sample-wards.geojson"))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> maps.removeUploaded()).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> maps.statusOfMine()).as(who).isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of("officer@example.org", "panellist@example.org", "admin@example.org")) {
            actAs(who);
            assertThat(maps.current(thtId())).as(who).isPresent();
        }
        for (String who : List.of("applicant@example.org", "anonymous")) {
            actAs(who);
            assertThatThrownBy(() -> maps.current(thtId())).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
