package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.ToIntFunction;
import org.communitychest.base.ui.Chart;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.coverage.Coverage.NeedCoverage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unmet, funded and delivered people per need in the period, as bars (the need with most unmet on top) and under
 * them as a table, so every figure can be read without the chart. A grant serving a need in several areas counts
 * once for the need.
 */
class NeedsChart extends VerticalLayout {

    static final String UNMET_COLOUR = "#08519c"; // not user text: the gap scale's darkest blue
    static final String FUNDED_COLOUR = "#e69f00"; // not user text: Okabe–Ito orange
    static final String DELIVERED_COLOUR = "#009e73"; // not user text: Okabe–Ito bluish green

    final Chart chart = new Chart();
    final Grid<NeedCoverage> table = new Grid<>();

    NeedsChart() {
        setPadding(false);
        table.addColumn(n -> Texts.of(n.needName())).setHeader(getTranslation("staff.coverage.need"))
                .setFlexGrow(1).setWidth("14rem");
        table.addColumn(n -> CoverageWords.unmet(n.total())).setHeader(getTranslation("staff.coverage.unmet"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(n -> n.total().funded()).setHeader(getTranslation("staff.coverage.funded"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(n -> n.total().grants()).setHeader(getTranslation("staff.coverage.grants"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(n -> n.total().delivered()).setHeader(getTranslation("staff.coverage.delivered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(n -> CoverageWords.fundedCoverage(n.total()))
                .setHeader(getTranslation("staff.coverage.funded-coverage")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(n -> CoverageWords.deliveredCoverage(n.total()))
                .setHeader(getTranslation("staff.coverage.delivered-coverage")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.setMaxWidth("60rem");
        add(new H2(getTranslation("staff.coverage.chart.by-need")), chart,
                new Paragraph(getTranslation("staff.coverage.chart.by-need-note")), table);
    }

    void show(List<NeedCoverage> needs, String periodLabel) {
        chart.setHeight((80 + needs.size() * 44) + "px"); // not user text: a CSS length
        chart.setAccessibleName(getTranslation("staff.coverage.chart.by-need-name", periodLabel));
        chart.setOption(option(needs));
        table.setItems(needs);
    }

    ObjectNode option(List<NeedCoverage> needs) {
        var option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis"); // not user text
        option.putObject("legend").put("top", 0); // not user text
        option.putObject("grid").put("left", 8).put("right", 40).put("top", 36).put("bottom", 8) // not user text
                .put("containLabel", true); // not user text
        option.putObject("xAxis").put("type", "value").put("minInterval", 1) // not user text
                .put("name", getTranslation("staff.coverage.chart.people")); // not user text
        var names = option.putObject("yAxis").put("type", "category").put("inverse", true) // not user text
                .putArray("data"); // not user text
        needs.forEach(n -> names.add(Texts.of(n.needName())));
        var series = option.putArray("series"); // not user text
        bars(series, getTranslation("staff.coverage.unmet"), UNMET_COLOUR, needs, n -> n.total().unmet());
        bars(series, getTranslation("staff.coverage.funded"), FUNDED_COLOUR, needs, n -> n.total().funded());
        bars(series, getTranslation("staff.coverage.delivered"), DELIVERED_COLOUR, needs,
                n -> n.total().delivered());
        return option;
    }

    private static void bars(ArrayNode series, String name, String colour, List<NeedCoverage> needs,
            ToIntFunction<NeedCoverage> value) {
        var bars = series.addObject().put("name", name).put("type", "bar").put("color", colour); // not user text
        bars.putObject("label").put("show", true).put("position", "right"); // not user text
        var data = bars.putArray("data"); // not user text
        needs.forEach(n -> data.add(value.applyAsInt(n)));
    }
}
