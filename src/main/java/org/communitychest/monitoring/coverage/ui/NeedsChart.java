package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.ToIntFunction;
import org.communitychest.base.ui.Chart;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.coverage.Coverage.NeedCoverage;
import org.communitychest.monitoring.coverage.CoverageColours;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unmet, funded and delivered people per need in the period, as bars (the need with most unmet on top) and under
 * them as a table, so every figure can be read without the chart. A grant serving a need in several areas counts
 * once for the need.
 */
class NeedsChart extends VerticalLayout {

    final Chart chart = new Chart();
    final Grid<NeedCoverage> table = new Grid<>();

    NeedsChart() {
        setPadding(false);
        addClassName("cc-coverage-section");
        FigureColumns.name(table, n -> Texts.of(n.needName()), getTranslation("staff.coverage.need"), "12rem");
        FigureColumns.totals(table, NeedCoverage::total);
        table.setAllRowsVisible(true);
        table.setMaxWidth("64rem");
        add(new H2(getTranslation("staff.coverage.chart.by-need")), chart,
                new Paragraph(getTranslation("staff.coverage.chart.by-need-note")), table);
    }

    /** Draws the needs with people to show (unmet, funded or delivered); the table lists every need. */
    void show(List<NeedCoverage> needs, String periodLabel) {
        var drawn = needs.stream().filter(n -> n.total().anyPeople()).toList();
        chart.setHeight((80 + drawn.size() * 44) + "px"); // not user text: a CSS length
        chart.setVisible(!drawn.isEmpty());
        chart.setAccessibleName(getTranslation("staff.coverage.chart.by-need-name", periodLabel));
        chart.setOption(option(drawn));
        table.setItems(needs);
    }

    ObjectNode option(List<NeedCoverage> needs) {
        var option = Chart.newAxisOption(40, 36);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1) // not user text
                .put("name", getTranslation("staff.coverage.chart.people")); // not user text
        var names = option.putObject("yAxis").put("type", "category").put("inverse", true) // not user text
                .putArray("data"); // not user text
        needs.forEach(n -> names.add(Texts.of(n.needName())));
        var series = option.putArray("series"); // not user text
        bars(series, getTranslation("staff.coverage.unmet"), CoverageColours.UNMET, needs, n -> n.total().unmet());
        bars(series, getTranslation("staff.coverage.funded"), CoverageColours.FUNDED, needs, n -> n.total().funded());
        bars(series, getTranslation("staff.coverage.delivered"), CoverageColours.DELIVERED, needs,
                n -> n.total().delivered());
        return option;
    }

    private static void bars(ArrayNode series, String name, String colour, List<NeedCoverage> needs,
            ToIntFunction<NeedCoverage> value) {
        var bars = series.addObject().put("name", name).put("type", "bar").put("color", colour); // not user text
        bars.putObject("label").put("show", true).put("position", "right"); // not user text
        var data = bars.putArray("data"); // not user text
        for (var n : needs) {
            int people = value.applyAsInt(n);
            var point = data.addObject().put("value", people); // not user text
            if (people == 0) {
                point.putObject("label").put("show", false); // not user text: no "0" beside an empty bar
            }
        }
    }
}
