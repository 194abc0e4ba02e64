package org.communitychest.gaps.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.button.Button;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void aCellOpensItsHistoryAsAChartAndATableAndAnotherCellReplacesIt() {
        GapFiles.importToTheEnd(imports, "winter.csv", GapFiles.HEADER + "\n"
                + row("2026-01-01", "2026-03-31", "E05009331", "LONELINESS_ISOLATION", "<5,*,6,4,") + "\n");
        navigate(GapMatrixView.PATH);
        view = (GapMatrixView) currentView();
        assertThat(view.history.isVisible()).isFalse();

        var whitechapel = cellButton("E05009336");
        assertThat(whitechapel.getAriaLabel()).hasValue("Loneliness and social isolation in Whitechapel: 19 unmet, 45%");
        _click(whitechapel);
        assertThat(view.history.isVisible()).isTrue();
        assertThat(view.history.heading.getText()).isEqualTo("Loneliness and social isolation in Whitechapel: every period");
        var option = option();
        assertThat(texts(option.path("xAxis").path("data"))).containsExactly("Jan–Mar 2026", "Apr–Jun 2026");
        assertThat(values(option, 0)).containsExactly("10", "19");
        assertThat(values(option, 1)).as("referred").containsExactly("30", "42");
        assertThat(values(option, 2)).as("connected").containsExactly("15", "15");
        assertThat(_getFormattedRow(view.history.table, 1)).containsExactly("1 April 2026 – 30 June 2026", "42", "15",
                "19", "45%");

        _click(cellButton("E05009331"));
        assertThat(view.history.heading.getText()).isEqualTo("Loneliness and social isolation in Shadwell: every period");
        option = option();
        assertThat(option.path("series").get(1).path("data").get(0).isNull()).as("suppressed: a break in the line")
                .isTrue();
        assertThat(option.path("series").get(0).path("data").get(1).path("label").path("formatter").asString())
                .isEqualTo("≥19");
        assertThat(_getFormattedRow(view.history.table, 0)).containsExactly("1 January 2026 – 31 March 2026", "<5",
                "<5", "10", "rate unknown");
        assertThat(_getFormattedRow(view.history.table, 1)).containsExactly("1 April 2026 – 30 June 2026", "30",
                "5", "at least 19", "63%");

        _click(view.history.close);
        assertThat(view.history.isVisible()).isFalse();
    }

    @Test
    void anOpenCellIsInTheAddressSoItsLinkOpensItAgain() {
        navigate(GapMatrixView.PATH + "?cell=HOUSING-E05009317");
        view = (GapMatrixView) currentView();
        assertThat(view.history.isVisible()).isTrue();
        assertThat(view.history.heading.getText()).isEqualTo("Housing in Bow East: every period");
        assertThat(values(option(), 0)).containsExactly("4");

        navigate(GapMatrixView.PATH + "?cell=HOUSING-E99999999");
        assertThat(((GapMatrixView) currentView()).history.isVisible()).as("no such area").isFalse();
    }

    private Button cellButton(String areaCode) {
        return (Button) _getCellComponent(view.matrix, 0, areaCode);
    }

    private JsonNode option() {
        return JsonMapper.builder().build().readTree(view.history.chart.getOption());
    }

    private static List<String> values(JsonNode option, int series) {
        var values = new java.util.ArrayList<String>();
        option.path("series").get(series).path("data").forEach(point -> values.add(
                point.isObject() ? point.path("value").asString() : point.asString()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
