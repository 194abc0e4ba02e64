package org.communitychest.gaps.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.Message;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapCell;
import org.communitychest.gaps.GapExport;
import org.communitychest.gaps.GapFigures;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.gaps.GapWords;
import org.communitychest.place.AreaType;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;

/**
 * The referral gaps of a period: the largest first, in the spec's priority order, and as a matrix of needs by areas
 * shaded by the size of the gap (a colour-blind-safe scale of blues, each cell's figure written in it).
 */
@Route(GapMatrixView.PATH)
@RolesAllowed({"OFFICER", "ADMIN"})
public class GapMatrixView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "gaps";

    final Select<GapPeriod> period = GapFilters.period();
    final ComboBox<AreaType> areaType = new ComboBox<>();
    final ComboBox<NeedCategoryInfo> need;
    final Paragraph empty = new Paragraph();
    final Grid<GapCell> largest = new Grid<>();
    final Grid<NeedRow> matrix = new Grid<>();
    final GapHistory history = new GapHistory();
    final RouterLink toMap = new RouterLink();
    private final GapFigures figures;
    /** The cell whose history is open, as NEED-AREA codes in the address ({@code ?cell=HOUSING-E05009317}). */
    private String openCell;
    private List<GapCell> shown = List.of();
    /** Each shown gap's place in the priority order, for the rank column (a grid row is drawn one at a time). */
    private final Map<GapCell, Integer> ranks = new java.util.IdentityHashMap<>();
    private boolean reading;

    /** A need's gaps in each area, a row of the matrix. */
    record NeedRow(Message needName, Map<Long, GapCell> byArea) {
    }

    GapMatrixView(GapFigures figures, NeedCategories needs, GapExport export) {
        this.figures = figures;
        addClassName("cc-page");
        need = GapFilters.need(needs.ofMyPartnership());
        areaType.setLabel(getTranslation("staff.gaps.matrix.area-type"));
        areaType.setItems(AreaType.WARD, AreaType.LSOA, AreaType.MSOA, AreaType.PCN, AreaType.NEIGHBOURHOOD);
        areaType.setItemLabelGenerator(t -> Texts.of(t.label()));
        areaType.setClearButtonVisible(true);
        areaType.setPlaceholder(getTranslation("staff.gaps.matrix.all-areas"));
        period.addValueChangeListener(e -> filtersChanged());
        areaType.addValueChangeListener(e -> filtersChanged());
        need.addValueChangeListener(e -> filtersChanged());
        var filters = new FlexLayout(period, areaType, need);
        filters.addClassName("cc-filters");
        var downloads = new FlexLayout(
                Downloads.link(getTranslation("staff.gaps.export.csv"), () -> new Downloads.File(fileName("csv"),
                        "text/csv", export.csv(shown))),
                Downloads.link(getTranslation("staff.gaps.export.xlsx"), () -> new Downloads.File(fileName("xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.xlsx(shown))));
        downloads.addClassName("cc-filters");

        largest.addColumn(ranks::get).setHeader(getTranslation("staff.gaps.matrix.rank"))
                .setAutoWidth(true).setFlexGrow(0);
        largest.addColumn(c -> Texts.of(c.needName())).setHeader(getTranslation("staff.gaps.matrix.need"))
                .setFlexGrow(1).setWidth("12rem");
        largest.addColumn(GapCell::areaName).setHeader(getTranslation("staff.gaps.matrix.area")).setAutoWidth(true);
        largest.addColumn(this::unmetText).setHeader(getTranslation("staff.gaps.matrix.unmet"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        largest.addColumn(this::rateText).setHeader(getTranslation("staff.gaps.matrix.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        largest.addColumn(c -> count(c.received())).setHeader(getTranslation("staff.gaps.matrix.received"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        largest.addColumn(c -> count(c.connected())).setHeader(getTranslation("staff.gaps.matrix.connected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        largest.addColumn(c -> count(c.waiting())).setHeader(getTranslation("staff.gaps.matrix.waiting"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        largest.addColumn(c -> c.medianWaitDays() == null ? "" : getTranslation("staff.gaps.matrix.days",
                c.medianWaitDays())).setHeader(getTranslation("staff.gaps.matrix.median-wait")).setAutoWidth(true);
        largest.setHeight("420px");

        history.close.addClickListener(e -> closeCell());
        toMap.setText(getTranslation("staff.gaps.matrix.to-map"));
        toMap.setRoute(GapMapView.class);
        downloads.add(toMap);

        matrix.addClassName("cc-gap-matrix");
        matrix.setHeight("520px");

        add(new H1(getTranslation("staff.gaps.matrix.title")), new Paragraph(getTranslation("staff.gaps.matrix.intro")),
                filters, empty, new Paragraph(getTranslation("staff.gaps.matrix.lower-bound")),
                new H2(getTranslation("staff.gaps.matrix.largest")), downloads, largest,
                new H2(getTranslation("staff.gaps.matrix.by-need-and-area")),
                new Paragraph(getTranslation("staff.gaps.matrix.shading") + " " // not user text: two sentences
                        + getTranslation("staff.gaps.matrix.open-hint")), matrix, history);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.gaps.matrix.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var periods = figures.periods();
        reading = true;
        GapFilters.read(query, periods, period, need);
        areaType.setValue(FiltersInAddress.readEnum(query, "area-type", AreaType.class).orElse(null));
        openCell = FiltersInAddress.read(query, "cell").orElse(null); // not user text: parameter
        reading = false;
        refresh();
        showOpenCell(false);
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        writeAddress();
        refresh();
    }

    private Map<String, String> filters() {
        var filters = new LinkedHashMap<String, String>();
        GapFilters.write(filters, period, need);
        filters.put("area-type", FiltersInAddress.value(areaType.getValue()));
        return filters;
    }

    private void writeAddress() {
        var filters = filters();
        toMap.setQueryParameters(FiltersInAddress.location(GapMapView.PATH, filters).getQueryParameters());
        filters.put("cell", openCell);
        FiltersInAddress.write(this, filters);
    }

    void openCell(GapCell cell) {
        openCell = cellKey(cell);
        writeAddress();
        drawMatrix();
        showOpenCell(true);
    }

    private void closeCell() {
        openCell = null;
        writeAddress();
        drawMatrix();
        history.hide();
        matrix.focus();
    }

    private void showOpenCell(boolean moveFocus) {
        int dash = openCell == null ? -1 : openCell.indexOf('-');
        if (dash < 0) {
            history.hide();
            return;
        }
        var cells = figures.history(openCell.substring(0, dash), openCell.substring(dash + 1));
        if (cells.isEmpty()) {
            history.hide();
            return;
        }
        var latest = cells.getLast();
        history.show(Texts.of(latest.needName()), latest.areaName(), cells);
        if (moveFocus) {
            history.heading.getElement().executeJs("this.focus({preventScroll: true}); " // not user text: script
                    + "this.scrollIntoView({block: 'start', behavior: 'instant'})"); // not user text: script
        }
    }

    /** A cell in the address: its need's code and its area's code, which needs' codes never contain a dash in. */
    private String cellKey(GapCell cell) {
        var needCode = need.getListDataView().getItems().filter(n -> n.id() == cell.needCategoryId())
                .map(NeedCategoryInfo::code).findFirst().orElse(String.valueOf(cell.needCategoryId()));
        return needCode + "-" + cell.areaCode(); // not user text: an address parameter
    }

    private void refresh() {
        boolean none = period.getValue() == null;
        empty.setText(none ? getTranslation("staff.gaps.matrix.no-figures") : "");
        empty.setVisible(none);
        shown = none ? List.of() : figures.matrix(period.getValue(), areaType.getValue(),
                need.getValue() == null ? null : need.getValue().id());
        ranks.clear();
        for (int i = 0; i < shown.size(); i++) {
            ranks.put(shown.get(i), i + 1);
        }
        largest.setItems(shown);
        toMap.setQueryParameters(FiltersInAddress.location(GapMapView.PATH, filters()).getQueryParameters());
        drawMatrix();
    }

    private void drawMatrix() {
        matrix.removeAllColumns();
        var areas = new LinkedHashMap<Long, String>();
        shown.stream().sorted(java.util.Comparator.comparing(GapCell::areaName))
                .forEach(c -> areas.putIfAbsent(c.areaId(), c.areaName()));
        var rows = new LinkedHashMap<Long, NeedRow>();
        int max = shown.stream().mapToInt(GapCell::unmet).max().orElse(0);
        for (var c : shown) {
            rows.computeIfAbsent(c.needCategoryId(), id -> new NeedRow(c.needName(), new LinkedHashMap<>()))
                    .byArea().put(c.areaId(), c);
        }
        matrix.addColumn(row -> Texts.of(row.needName()))
                .setHeader(getTranslation("staff.gaps.matrix.need")).setFrozen(true).setWidth("14rem")
                .setFlexGrow(0);
        var codes = new LinkedHashMap<Long, String>();
        shown.forEach(c -> codes.putIfAbsent(c.areaId(), c.areaCode()));
        areas.forEach((areaId, name) -> matrix.addComponentColumn(row -> cell(row.byArea().get(areaId), max))
                .setKey(codes.get(areaId)).setHeader(name).setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END));
        matrix.setItems(new ArrayList<>(rows.values()));
    }

    private Component cell(GapCell c, int max) {
        if (c == null) {
            return new Span();
        }
        int shade = GapShades.step(c.unmet(), max);
        var button = new Button(unmetText(c) + (c.unmetRate() == null ? "" : " · " + rateText(c)), // not user text
                e -> openCell(c));
        button.addClassNames("cc-gap-cell", "cc-gap-" + shade); // not user text
        String name = getTranslation("staff.gaps.matrix.cell-title", Texts.of(c.needName()), c.areaName(),
                unmetText(c), rateText(c));
        button.setAriaLabel(name);
        button.getElement().setAttribute("title", name); // not user text
        if (cellKey(c).equals(openCell)) {
            button.addClassName("cc-gap-open");
            button.getElement().setAttribute("aria-current", "true"); // not user text
        }
        return button;
    }

    String unmetText(GapCell c) {
        return GapHistory.unmetText(c);
    }

    String rateText(GapCell c) {
        return GapHistory.rateText(c);
    }

    private static String count(Integer value) {
        return Texts.of(GapWords.count(value));
    }

    private String fileName(String extension) {
        return GapFilters.fileName("referral-gaps", period.getValue(), extension); // not user text: a file name
    }
}
