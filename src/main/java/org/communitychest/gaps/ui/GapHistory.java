package org.communitychest.gaps.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import org.communitychest.base.ui.Chart;
import org.communitychest.base.ui.Texts;
import org.communitychest.base.Message;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapWords;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One need in one area across every period with figures: a chart of unmet, referred and connected people, and
 * under it the same figures as a table, so every value can be read without the chart. A suppressed count is a break
 * in its line and "<5" in the table.
 */
class GapHistory extends VerticalLayout {

    private static final String UNMET_COLOUR = "#08519c"; // not user text: the darkest step of the gap scale
    private static final String RECEIVED_COLOUR = "#525252"; // not user text
    private static final String CONNECTED_COLOUR = "#d55e00"; // not user text: Okabe–Ito vermilion

    final H2 heading = new H2();
    final Chart chart = new Chart();
    final Grid<GapCell> table = new Grid<>();
    final Button close = new Button();
    private final Paragraph none = new Paragraph();

    GapHistory() {
        addClassName("cc-gap-history");
        setPadding(false);
        heading.getElement().setAttribute("tabindex", "-1"); // not user text: focus moves here when it opens
        close.setText(getTranslation("staff.gaps.history.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var top = new HorizontalLayout(heading, close);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        chart.setHeight("22rem");
        table.addColumn(c -> c.period().label()).setHeader(getTranslation("staff.gaps.history.period"))
                .setAutoWidth(true).setFlexGrow(1);
        table.addColumn(c -> count(c.received())).setHeader(getTranslation("staff.gaps.matrix.received"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(c -> count(c.connected())).setHeader(getTranslation("staff.gaps.matrix.connected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(GapHistory::unmetText).setHeader(getTranslation("staff.gaps.matrix.unmet"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(GapHistory::rateText).setHeader(getTranslation("staff.gaps.matrix.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.addClassName("cc-gap-history-table");
        add(top, none, chart, new Paragraph(getTranslation("staff.gaps.history.note")), table);
        setVisible(false);
    }

    /** Shows the history of {@code needName} in {@code areaName}, oldest period first. */
    void show(String needName, String areaName, List<GapCell> history) {
        heading.setText(getTranslation("staff.gaps.history.title", needName, areaName));
        none.setText(getTranslation("staff.gaps.history.none"));
        none.setVisible(history.isEmpty());
        chart.setVisible(!history.isEmpty());
        chart.setAccessibleName(getTranslation("staff.gaps.history.chart-name", needName, areaName, history.size()));
        chart.setOption(option(history));
        table.setItems(history);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    ObjectNode option(List<GapCell> history) {
        var option = Chart.newAxisOption(24, 48);
        ((ObjectNode) option.get("tooltip")) // not user text
                .put("nullText", getTranslation("staff.gaps.matrix.suppressed")); // not user text
        var periods = option.putObject("xAxis").put("type", "category").putArray("data"); // not user text
        history.forEach(c -> periods.add(c.period().shortLabel(getLocale())));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1) // not user text
                .put("name", getTranslation("staff.gaps.history.people"));
        var series = option.putArray("series"); // not user text
        var unmet = line(series, getTranslation("staff.gaps.matrix.unmet"), UNMET_COLOUR, "solid", "circle"); // not user text
        unmet.putObject("lineStyle").put("width", 3).put("type", "solid"); // not user text
        unmet.putObject("label").put("show", true).put("position", "top").put("fontWeight", "bold"); // not user text
        var unmetData = unmet.putArray("data"); // not user text
        for (var c : history) {
            var point = unmetData.addObject().put("value", c.unmet());
            if (c.lowerBound()) {
                point.putObject("label").put("formatter", // not user text
                        Texts.of(GapWords.unmetShort(c.unmet(), true)));
                point.put("symbol", "emptyCircle"); // not user text
            }
        }
        addCounts(line(series, getTranslation("staff.gaps.matrix.received"), RECEIVED_COLOUR, "dashed", "rect") // not user text
                .putArray("data"), history, GapCell::received); // not user text
        addCounts(line(series, getTranslation("staff.gaps.matrix.connected"), CONNECTED_COLOUR, "dotted", // not user text
                "triangle").putArray("data"), history, GapCell::connected); // not user text
        return option;
    }

    private static ObjectNode line(ArrayNode series, String name, String colour, String dash, String symbol) {
        var line = series.addObject().put("name", name).put("type", "line").put("color", colour) // not user text
                .put("symbol", symbol).put("symbolSize", 9).put("connectNulls", false); // not user text
        line.putObject("lineStyle").put("type", dash).put("width", 2); // not user text
        return line;
    }

    private static void addCounts(ArrayNode data, List<GapCell> history, Function<GapCell, Integer> count) {
        for (var c : history) {
            Integer value = count.apply(c);
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
    }

    private static String count(Integer value) {
        return Texts.of(GapWords.count(value));
    }

    /** A cell's unmet as the gap tables write it. */
    static String unmetText(GapCell c) {
        return Texts.of(GapWords.unmet(c.unmet(), c.lowerBound()));
    }

    static String rateText(GapCell c) {
        return c.unmetRate() == null ? Texts.of(Message.of("staff.gaps.matrix.rate-unknown"))
                : GapWords.percent(c.unmetRate());
    }
}
