package org.communitychest.gaps.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
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
    private List<AreaMapChart.MapArea> areas = List.of();
    private AreaMap.Kind kind;
    private boolean reading;

    GapMapView(GapFigures figures, AreaMaps areaMaps, NeedCategories needs, CurrentUser currentUser) {
        this.figures = figures;
        this.areaMaps = areaMaps;
        this.currentUser = currentUser;
        addClassName("cc-page");
        need = GapFilters.need(needs.ofMyPartnership());
        var filters = GapFilters.layout(period, need, this::filtersChanged);
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
        areas = current.map(m -> AreaMapChart.areas(m.geoJson())).orElse(List.of());
        current.ifPresent(m -> map.registerMap(AreaMapChart.MAP_NAME, m.geoJson()));
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
        return AreaMapChart.option(kind, gaps.stream().map(gap -> {
            if (!gap.hasFigures()) {
                return new AreaMapChart.Shade(gap.code(), null, GapShades.NONE, "#1a1a1a", gap.name(), // not user text
                        getTranslation("staff.gaps.map.area-no-figures", gap.name()));
            }
            int step = GapShades.step(gap.unmet(), max);
            return new AreaMapChart.Shade(gap.code(), gap.unmet(), GapShades.colour(step), GapShades.textColour(step),
                    getTranslation("staff.gaps.map.area-label", gap.name(), shortUnmet(gap)),
                    getTranslation("staff.gaps.map.area-tooltip", gap.name(), unmetText(gap)));
        }).toList());
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
                legend.add(AreaMapChart.swatch(GapShades.colour(step), from == to ? String.valueOf(from)
                        : getTranslation("staff.gaps.map.range", from, to)));
                from = to + 1;
            }
        }
        legend.add(AreaMapChart.swatch(GapShades.NONE, getTranslation("staff.gaps.map.no-figures")));
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
}
