package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.base.ui.Chart;
import org.communitychest.gaps.GapWords;
import org.communitychest.gaps.ui.AreaMapChart;
import org.communitychest.monitoring.coverage.Coverage.AreaCoverage;
import org.communitychest.place.AreaMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The areas on the partnership's map shaded by the share of their unmet people that funding answers
 * ({@link CoverageShades}), for one need or all, each labelled with it; the same figures as a table under it.
 */
class CoverageMap extends VerticalLayout {

    final Chart map = new Chart();
    final Div legend = new Div();
    final Paragraph noMap = new Paragraph();
    final Paragraph attribution = new Paragraph();
    final Grid<AreaCoverage> table = new Grid<>();
    private AreaMap.Kind kind;
    private List<AreaMapChart.MapArea> areas = List.of();

    CoverageMap() {
        setPadding(false);
        addClassName("cc-coverage-section");
        map.setHeight("36rem");
        map.addClassName("cc-gap-map");
        legend.addClassName("cc-gap-legend");
        noMap.setText(getTranslation("staff.gaps.map.no-map"));
        attribution.setText(getTranslation("staff.gaps.map.attribution"));
        attribution.addClassName("cc-hint");
        FigureColumns.name(table, AreaCoverage::areaName, getTranslation("staff.coverage.area"), "12rem");
        FigureColumns.totals(table, AreaCoverage::total);
        table.setAllRowsVisible(true);
        table.setMaxWidth("64rem");
        add(new H2(getTranslation("staff.coverage.map.title")),
                new Paragraph(getTranslation("staff.coverage.map.intro")), noMap, map, legend, attribution, table);
    }

    /** The map to draw on: none where the partnership has not loaded one. */
    void useMap(AreaMap areaMap) {
        kind = areaMap == null ? null : areaMap.kind();
        areas = areaMap == null ? List.of() : AreaMapChart.areas(areaMap.geoJson());
        if (areaMap != null) {
            map.registerMap(AreaMapChart.MAP_NAME, areaMap.geoJson());
        }
    }

    void show(List<AreaCoverage> byArea, String needName, String periodLabel) {
        table.setItems(byArea);
        boolean drawn = !areas.isEmpty();
        noMap.setVisible(!drawn);
        map.setVisible(drawn);
        legend.setVisible(drawn);
        attribution.setVisible(drawn && kind == AreaMap.Kind.BOUNDARIES);
        if (!drawn) {
            return;
        }
        map.setAccessibleName(getTranslation("staff.coverage.map.chart-name", needName, periodLabel));
        map.setOption(option(byArea));
        drawLegend();
    }

    ObjectNode option(List<AreaCoverage> byArea) {
        Map<String, AreaCoverage> byCode = byArea.stream()
                .collect(Collectors.toMap(AreaCoverage::areaCode, Function.identity(), (a, b) -> a));
        return AreaMapChart.option(kind, areas.stream().map(area -> {
            var coverage = byCode.get(area.code());
            if (coverage == null) {
                return new AreaMapChart.Shade(area.code(), null, AreaMapChart.NONE, CoverageShades.DARK_TEXT,
                        area.name(), getTranslation("staff.gaps.map.area-no-figures", area.name()));
            }
            var total = coverage.total();
            String share = CoverageWords.fundedCoverage(total);
            String tooltip = getTranslation("staff.coverage.map.tooltip", area.name(), CoverageWords.unmet(total),
                    total.funded(), total.delivered(), share);
            if (total.fundedCoverage() == null) {
                return new AreaMapChart.Shade(area.code(), null, CoverageShades.NO_UNMET, CoverageShades.DARK_TEXT,
                        area.name(), tooltip);
            }
            int step = CoverageShades.step(total.fundedCoverage());
            return new AreaMapChart.Shade(area.code(), (int) Math.round(100 * total.fundedCoverage()),
                    CoverageShades.colour(step), CoverageShades.textColour(step),
                    getTranslation("staff.gaps.map.area-label", area.name(), GapWords.percent(total.fundedCoverage())),
                    tooltip);
        }).toList());
    }

    private void drawLegend() {
        legend.removeAll();
        legend.add(new Span(getTranslation("staff.coverage.map.legend")));
        for (int step = 0; step < CoverageShades.COLOURS.size(); step++) {
            int from = CoverageShades.FROM.get(step);
            String text = step == CoverageShades.COLOURS.size() - 1 ? GapWords.percent(1)
                    : getTranslation("staff.coverage.map.range", from, CoverageShades.FROM.get(step + 1) - 1);
            legend.add(AreaMapChart.swatch(CoverageShades.colour(step), text));
        }
        legend.add(AreaMapChart.swatch(CoverageShades.NO_UNMET, getTranslation("staff.coverage.no-unmet")));
        legend.add(AreaMapChart.swatch(AreaMapChart.NONE, getTranslation("staff.gaps.map.no-figures")));
    }
}
