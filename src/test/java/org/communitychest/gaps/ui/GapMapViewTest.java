package org.communitychest.gaps.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.KaribuTest;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapImportState;
import org.communitychest.gaps.GapImports;
import org.communitychest.place.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The officer sees each area of the partnership's map shaded by its gap, and the same figures as a table. */
class GapMapViewTest extends KaribuTest {

    @Autowired
    Areas areas;
    @Autowired
    GapImports imports;

    private GapMapView view;

    private static String row(String ward, String need, String counts) {
        return "2026-04-01,2026-06-30,WARD," + ward + "," + need + "," + counts + ",JOY";
    }

    @BeforeEach
    void importAQuarterForThreeWards() {
        var tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        areas.importCsv(new ByteArrayInputStream(("area_type,area_code,name,parent_code,imd_decile\n"
                + "WARD,E05009336,Whitechapel,,2\nWARD,E05009317,Bow East,,5\nWARD,E05009331,Shadwell,,1\n")
                .getBytes(StandardCharsets.UTF_8)));
        var status = GapFiles.importToTheEnd(imports, "gaps.csv", GapFiles.HEADER + "\n"
                + row("E05009336", "LONELINESS_ISOLATION", "42,15,11,8,35") + "\n"
                + row("E05009331", "LONELINESS_ISOLATION", "30,5,<5,19,20") + "\n"
                + row("E05009317", "HOUSING", "12,6,3,1,") + "\n"
                + row("E05009336", "HOUSING", "20,10,6,4,") + "\n");
        assertThat(status.state()).isEqualTo(GapImportState.DONE);
        navigate(GapMapView.PATH);
        view = (GapMapView) currentView();
    }

    @Test
    void eachAreaOfTheMapIsShadedByItsUnmetPeopleAndTheTableSaysTheSame() {
        assertThat(view.map.isVisible()).isTrue();
        assertThat(view.map.getElement().getProperty("maps")).contains("\"areas\"", "E05009336", "Shadwell");
        assertThat(valuesByArea()).containsExactly(Map.entry("E05009336", "29"), Map.entry("E05009331", "19"),
                Map.entry("E05009317", "4"));
        assertThat(_findAll(view.table)).extracting(AreaGap::name).containsExactly("Whitechapel", "Shadwell",
                "Bow East");
        assertThat(_findAll(view.table).stream().map(view::unmetText)).containsExactly("29", "at least 19", "4");
        assertThat(view.legend.getElement().getTextRecursively()).contains("Unmet people:", "no figures");
    }

    @Test
    void choosingANeedShadesTheMapForThatNeedAndCanBeChangedAgain() {
        view.need.setValue(need("HOUSING"));
        assertThat(valuesByArea()).containsExactly(Map.entry("E05009336", "10"), Map.entry("E05009317", "4"),
                Map.entry("E05009331", ""));
        assertThat(_findAll(view.table).stream().map(view::unmetText)).containsExactly("10", "4", "no figures");

        view.need.setValue(need("LONELINESS_ISOLATION"));
        assertThat(valuesByArea()).containsOnly(Map.entry("E05009336", "19"), Map.entry("E05009331", "19"),
                Map.entry("E05009317", ""));

        view.need.clear();
        assertThat(valuesByArea()).containsEntry("E05009336", "29");
    }

    private org.communitychest.place.NeedCategoryInfo need(String code) {
        return view.need.getListDataView().getItems().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    /** Each area's value in the map series, in the order of the series (an area without figures has none). */
    private Map<String, String> valuesByArea() {
        var option = JsonMapper.builder().build().readTree(view.map.getOption());
        var values = new LinkedHashMap<String, String>();
        option.path("series").get(0).path("data").forEach(item -> values.put(item.path("name").asString(),
                item.path("value").asString("")));
        return values;
    }
}
