package org.communitychest.gaps.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.ui.Chart;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapFigures;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.gaps.GapWords;
import org.communitychest.place.AreaMap;
import org.communitychest.place.AreaMaps;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gaps of a period on a map of the partnership's areas (uploaded boundaries, or a hex layout), each area
 * shaded by its unmet people on the matrix's scale of blues, for one need or all; the same figures as a table
 * under it for readers who would rather read, or cannot see the map.
 */
@Route(GapMapView.PATH)
@RolesAllowed({"OFFICER", "ADMIN"})
public class GapMapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "gaps/map";
    private static final String MAP_NAME = "areas"; // not user text: the name the map series uses
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Select<GapPeriod> period = GapFilters.period();
    final ComboBox<NeedCategoryInfo> need;
    final Paragraph empty = new Paragraph();
    final Chart map = new Chart();
    final Div legend = new Div();
    final Paragraph attribution = new Paragraph();
    final Grid<AreaGap> table = new Grid<>();
    final RouterLink toMatrix = new RouterLink();
    private final GapFigures figures;
    private final AreaMaps areaMaps;
    private final CurrentUser currentUser;
    private List<MapArea> areas = List.of();
    private AreaMap.Kind kind;
    private boolean reading;

    /** An area drawn on the map, as its GeoJSON feature names it. */
    record MapArea(String code, String name) {
    }

    GapMapView(GapFigures figures, AreaMaps areaMaps, NeedCategories needs, CurrentUser currentUser) {
        this.figures = figures;
        this.areaMaps = areaMaps;
        this.currentUser = currentUser;
        addClassName("cc-page");
        need = GapFilters.need(needs.ofMyPartnership());
        period.addValueChangeListener(e -> filtersChanged());
        need.addValueChangeListener(e -> filtersChanged());
        var filters = new FlexLayout(period, need);
        filters.addClassName("cc-filters");
        toMatrix.setText(getTranslation("staff.gaps.map.to-matrix"));
        toMatrix.setRoute(GapMatrixView.class);

        map.setHeight("36rem");
        map.addClassName("cc-gap-map");
        legend.addClassName("cc-gap-legend");
        attribution.addClassName("cc-hint");
        table.addColumn(AreaGap::name).setHeader(getTranslation("staff.gaps.matrix.area")).setAutoWidth(true)
                .setFlexGrow(1);
        table.addColumn(this::unmetText).setHeader(getTranslation("staff.gaps.matrix.unmet"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(this::receivedText).setHeader(getTranslation("staff.gaps.matrix.received"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.setMaxWidth("40rem");

        add(new H1(getTranslation("staff.gaps.map.title")), new Paragraph(getTranslation("staff.gaps.map.intro")),
                filters, toMatrix, empty, map, legend, attribution, new Paragraph(getTranslation("staff.gaps.matrix.lower-bound")),
                new H2(getTranslation("staff.gaps.map.table")), table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.gaps.map.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var periods = figures.periods();
        var current = areaMaps.current(currentUser.partnershipId());
        kind = current.map(AreaMap::kind).orElse(null);
        areas = current.map(m -> mapAreas(m.geoJson())).orElse(List.of());
        current.ifPresent(m -> map.registerMap(MAP_NAME, m.geoJson()));
        reading = true;
        GapFilters.read(query, periods, period, need);
        reading = false;
        refresh();
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        FiltersInAddress.write(this, filters());
        refresh();
    }

    private Map<String, String> filters() {
        var filters = new LinkedHashMap<String, String>();
        GapFilters.write(filters, period, need);
        return filters;
    }

    private void refresh() {
        toMatrix.setQueryParameters(FiltersInAddress.location(GapMatrixView.PATH, filters()).getQueryParameters());
        boolean noFigures = period.getValue() == null;
        boolean noMap = areas.isEmpty();
        empty.setText(noFigures ? getTranslation("staff.gaps.matrix.no-figures")
                : noMap ? getTranslation("staff.gaps.map.no-map") : "");
        empty.setVisible(noFigures || noMap);
        var gaps = noFigures ? List.<AreaGap>of() : AreaGap.of(areas, figures.matrix(period.getValue(), null,
                need.getValue() == null ? null : need.getValue().id()));
        table.setItems(gaps);
        int max = gaps.stream().mapToInt(AreaGap::unmet).max().orElse(0);
        map.setVisible(!noMap && !noFigures);
        legend.setVisible(!noMap && !noFigures);
        attribution.setText(getTranslation("staff.gaps.map.attribution"));
        attribution.setVisible(!noMap && !noFigures && kind == AreaMap.Kind.BOUNDARIES);
        if (noMap || noFigures) {
            return;
        }
        String needName = need.getValue() == null ? getTranslation("staff.gaps.matrix.all-needs")
                : Texts.of(need.getValue().name());
        map.setAccessibleName(getTranslation("staff.gaps.map.chart-name", needName, period.getValue().label()));
        map.setOption(option(gaps, max));
        drawLegend(max);
    }

    ObjectNode option(List<AreaGap> gaps, int max) {
        var option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "item"); // not user text
        var series = option.putArray("series").addObject().put("type", "map").put("map", MAP_NAME) // not user text
                .put("nameProperty", "code").put("roam", false).put("selectedMode", false) // not user text
                .put("aspectScale", kind == AreaMap.Kind.HEXES ? 1 : 0.65); // not user text: 0.65 ≈ cos 51°N
        series.putObject("itemStyle").put("areaColor", GapShades.NONE).put("borderColor", "#ffffff") // not user text
                .put("borderWidth", 1.5); // not user text
        series.putObject("label").put("show", true).put("fontSize", 12).put("lineHeight", 15) // not user text
                .put("width", 88).put("overflow", "break"); // not user text: long names wrap inside their area
        var emphasis = series.putObject("emphasis"); // not user text
        emphasis.putObject("itemStyle").put("borderColor", "#1a1a1a").put("borderWidth", 2.5); // not user text
        emphasis.putObject("label").put("show", true); // not user text
        var data = series.putArray("data"); // not user text
        for (var gap : gaps) {
            var item = data.addObject().put("name", gap.code()); // not user text
            String text;
            String colour;
            String textColour;
            if (gap.hasFigures()) {
                int step = GapShades.step(gap.unmet(), max);
                item.put("value", gap.unmet()); // not user text
                text = getTranslation("staff.gaps.map.area-label", gap.name(), shortUnmet(gap));
                colour = GapShades.colour(step);
                textColour = GapShades.textColour(step);
                item.putObject("tooltip").put("formatter", getTranslation("staff.gaps.map.area-tooltip", // not user text
                        gap.name(), unmetText(gap)));
            } else {
                text = gap.name();
                colour = GapShades.NONE;
                textColour = "#1a1a1a"; // not user text
                item.putObject("tooltip").put("formatter", getTranslation("staff.gaps.map.area-no-figures", // not user text
                        gap.name()));
            }
            item.putObject("itemStyle").put("areaColor", colour); // not user text
            item.putObject("emphasis").putObject("itemStyle").put("areaColor", colour); // not user text
            item.putObject("label").put("formatter", escapeTemplate(text)).put("color", textColour); // not user text
        }
        return option;
    }

    /** The legend: each step of the scale with the unmet figures it stands for, and grey for no figures. */
    private void drawLegend(int max) {
        legend.removeAll();
        legend.add(new Span(getTranslation("staff.gaps.map.legend")));
        int from = 0;
        for (int step = 0; step < GapShades.STEPS; step++) {
            int to = from;
            while (to + 1 <= max && GapShades.step(to + 1, max) == step) {
                to++;
            }
            if (GapShades.step(from, max) == step && from <= Math.max(max, 0)) {
                legend.add(swatch("cc-gap-" + step, from == to ? String.valueOf(from) // not user text
                        : getTranslation("staff.gaps.map.range", from, to)));
                from = to + 1;
            }
        }
        legend.add(swatch("cc-gap-none", getTranslation("staff.gaps.map.no-figures"))); // not user text
    }

    private static Span swatch(String className, String text) {
        var colour = new Span();
        colour.addClassNames("cc-gap-swatch", className); // not user text
        var swatch = new Span(colour, new Span(text));
        swatch.addClassName("cc-gap-legend-step"); // not user text
        return swatch;
    }

    String unmetText(AreaGap gap) {
        if (!gap.hasFigures()) {
            return getTranslation("staff.gaps.map.no-figures");
        }
        return Texts.of(GapWords.unmet(gap.unmet(), gap.lowerBound()));
    }

    String receivedText(AreaGap gap) {
        if (!gap.hasFigures()) {
            return "";
        }
        if (!gap.receivedLowerBound()) {
            return String.valueOf(gap.received());
        }
        return gap.received() == 0 ? getTranslation("staff.gaps.matrix.suppressed")
                : getTranslation("staff.gaps.matrix.at-least", gap.received());
    }

    private static String shortUnmet(AreaGap gap) {
        return Texts.of(GapWords.unmetShort(gap.unmet(), gap.lowerBound()));
    }

    /** ECharts reads {a}, {b} and {c} in a label as its own placeholders; an area's name may hold braces. */
    private static String escapeTemplate(String text) {
        return text.replace("{", "(").replace("}", ")"); // not user text
    }

    private static List<MapArea> mapAreas(String geoJson) {
        var areas = new java.util.ArrayList<MapArea>();
        for (var feature : JSON.readTree(geoJson).path("features")) { // not user text
            var properties = feature.path("properties"); // not user text
            areas.add(new MapArea(properties.path("code").asString(), properties.path("name").asString())); // not user text
        }
        areas.sort(Comparator.comparing(MapArea::name));
        return areas;
    }
}
