package org.communitychest.gaps.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.communitychest.KaribuTest;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapFiles;
import org.communitychest.gaps.GapImportState;
import org.communitychest.gaps.GapImports;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officer reads the gaps of a period, largest first and as a matrix, and filters them. */
class GapMatrixViewTest extends KaribuTest {

    @Autowired
    Areas areas;
    @Autowired
    GapImports imports;

    private GapMatrixView view;

    private static String row(String start, String end, String ward, String need, String counts) {
        return start + "," + end + ",WARD," + ward + "," + need + "," + counts + ",JOY";
    }

    @BeforeEach
    void importTwoQuartersForThreeWards() {
        var tenant = newPartnershipWithAdmin();
        loginAs(tenant.adminEmail(), GOOD_PASSWORD);
        areas.importCsv(new ByteArrayInputStream(("area_type,area_code,name,parent_code,imd_decile\n"
                + "WARD,E05009336,Whitechapel,,2\nWARD,E05009317,Bow East,,5\nWARD,E05009331,Shadwell,,1\n")
                .getBytes(StandardCharsets.UTF_8)));
        var status = GapFiles.importToTheEnd(imports, "gaps.csv", GapFiles.HEADER + "\n"
                + row("2026-04-01", "2026-06-30", "E05009336", "LONELINESS_ISOLATION", "42,15,11,8,35") + "\n"
                + row("2026-04-01", "2026-06-30", "E05009331", "LONELINESS_ISOLATION", "30,5,<5,19,20") + "\n"
                + row("2026-04-01", "2026-06-30", "E05009317", "HOUSING", "12,6,3,1,") + "\n"
                + row("2026-01-01", "2026-03-31", "E05009336", "LONELINESS_ISOLATION", "30,15,5,5,") + "\n");
        assertThat(status.state()).isEqualTo(GapImportState.DONE);
        navigate(GapMatrixView.PATH);
        view = (GapMatrixView) currentView();
    }

    @Test
    void theLatestPeriodOpensWithTheLargestGapsFirstAndTheMatrixShadesEachCell() {
        assertThat(view.period.getValue().start()).hasToString("2026-04-01");
        assertThat(_findAll(view.largest)).as("19 unmet in both, Shadwell's rate higher").extracting(GapCell::areaName)
                .containsExactly("Shadwell", "Whitechapel", "Bow East");
        var shadwell = _findAll(view.largest).getFirst();
        assertThat(view.unmetText(shadwell)).as("<5 left out").isEqualTo("at least 19");
        assertThat(view.rateText(shadwell)).isEqualTo("63%");
        assertThat(_findAll(view.matrix)).hasSize(2);
        assertThat(view.matrix.getColumns()).hasSize(4);
    }

    @Test
    void filtersNarrowTheGapsAndCanBeChangedAgainOnThePage() {
        view.areaType.setValue(AreaType.LSOA);
        assertThat(_findAll(view.largest)).isEmpty();

        view.areaType.setValue(AreaType.WARD);
        view.need.setValue(view.need.getListDataView().getItems().filter(n -> n.code().equals("HOUSING"))
                .findFirst().orElseThrow());
        assertThat(_findAll(view.largest)).extracting(GapCell::areaName).containsExactly("Bow East");

        view.need.clear();
        view.period.setValue(view.period.getListDataView().getItems()
                .filter(p -> p.start().toString().equals("2026-01-01")).findFirst().orElseThrow());
        assertThat(_findAll(view.largest)).extracting(GapCell::unmet).containsExactly(10);
    }
}
