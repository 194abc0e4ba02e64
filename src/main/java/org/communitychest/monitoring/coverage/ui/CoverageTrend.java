package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import org.communitychest.base.ui.Chart;
import org.communitychest.monitoring.coverage.Coverage.PeriodCoverage;
import org.communitychest.monitoring.coverage.CoverageColours;
import org.communitychest.monitoring.coverage.CoverageTotal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage across every period with figures, oldest first: the share of unmet people that funding and delivery
 * answer, gap by gap, as two lines and as a table. A period with no unmet need recorded is a break in the lines.
 */
class CoverageTrend extends VerticalLayout {

    final Chart chart = new Chart();
    final Grid<PeriodCoverage> table = new Grid<>();

    CoverageTrend() {
        setPadding(false);
        addClassName("cc-coverage-section");
        chart.setHeight("20rem");
        FigureColumns.name(table, p -> p.period().label(), getTranslation("staff.coverage.period"), "14rem");
        FigureColumns.totals(table, PeriodCoverage::total);
        table.setAllRowsVisible(true);
        table.setMaxWidth("64rem");
        add(new H2(getTranslation("staff.coverage.trend.title")),
                new Paragraph(getTranslation("staff.coverage.trend.intro")), chart, table);
    }

    void show(List<PeriodCoverage> trend) {
        chart.setAccessibleName(getTranslation("staff.coverage.trend.chart-name", trend.size()));
        chart.setOption(option(trend));
        table.setItems(trend);
    }

    ObjectNode option(List<PeriodCoverage> trend) {
        var option = Chart.newAxisOption(24, 48);
        var periods = option.putObject("xAxis").put("type", "category").putArray("data"); // not user text
        trend.forEach(p -> periods.add(p.period().shortLabel(getLocale())));
        var y = option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100); // not user text
        y.putObject("axisLabel").put("formatter", "{value}%"); // not user text: ECharts' template
        var series = option.putArray("series"); // not user text
        line(series, getTranslation("staff.coverage.funded-coverage"), CoverageColours.FUNDED, "solid", // not user text
                "circle", trend, CoverageTotal::fundedCoverage); // not user text
        line(series, getTranslation("staff.coverage.delivered-coverage"), CoverageColours.DELIVERED, // not user text
                "dashed", "triangle", trend, CoverageTotal::deliveredCoverage); // not user text
        return option;
    }

    private static void line(ArrayNode series, String name, String colour, String dash, String symbol,
            List<PeriodCoverage> trend, Function<CoverageTotal, Double> share) {
        var line = series.addObject().put("name", name).put("type", "line").put("color", colour) // not user text
                .put("symbol", symbol).put("symbolSize", 9).put("connectNulls", false); // not user text
        line.putObject("lineStyle").put("type", dash).put("width", 3); // not user text
        line.putObject("label").put("show", true).put("formatter", "{c}%"); // not user text: ECharts' template
        var data = line.putArray("data"); // not user text
        for (var p : trend) {
            Double value = share.apply(p.total());
            if (value == null) {
                data.addNull();
            } else {
                data.add(Math.round(value * 100));
            }
        }
    }
}
