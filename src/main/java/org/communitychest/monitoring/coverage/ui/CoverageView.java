package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.FiltersInAddress;
import org.communitychest.base.ui.Texts;
import org.communitychest.gaps.GapPeriod;
import org.communitychest.gaps.ui.GapFilters;
import org.communitychest.gaps.ui.GapsNavigation;
import org.communitychest.monitoring.coverage.Coverage;
import org.communitychest.monitoring.coverage.CoverageExport;
import org.communitychest.monitoring.coverage.CoverageReading;
import org.communitychest.monitoring.coverage.GapCoverage;
import org.communitychest.monitoring.coverage.GapCoverages;
import org.communitychest.place.AreaMaps;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;

/**
 * The gap coverage dashboard (decision record 0034): for every gap of a period, the people unmet, what funded
 * grants planned to take, the referrals their approved reports say they received, and coverage; the largest
 * uncovered gaps first, ready to become a draft round's priorities; the same figures per need, on the map and
 * across periods; as a spreadsheet and as a PDF summary for the partnership board.
 */
@Route(CoverageView.PATH)
@RolesAllowed("OFFICER")
public class CoverageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "gaps/coverage";
    /** The media type of an Excel workbook. */
    private static final String XLSX = // not user text: a media type
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; // not user text

    final Select<GapPeriod> period = GapFilters.period();
    final ComboBox<NeedCategoryInfo> need;
    final Paragraph empty = new Paragraph();
    final Div content = new Div();
    final UnorderedList reading = new UnorderedList();
    final Grid<GapCoverage> gaps = new Grid<>();
    final NextRoundPriorities priorities;
    final NeedsChart needs = new NeedsChart();
    final CoverageMap map = new CoverageMap();
    final CoverageTrend trend = new CoverageTrend();
    private final GapCoverages coverages;
    private final CoverageExport export;
    private final AreaMaps areaMaps;
    private final CurrentUser currentUser;
    private Coverage coverage = Coverage.none(List.of());
    /** Each shown gap's place in the order, for the rank column (a grid row is drawn one at a time). */
    private final Map<GapCoverage, Integer> ranks = new IdentityHashMap<>();
    private boolean readingAddress;

    CoverageView(GapCoverages coverages, CoverageExport export, NeedCategories needCategories, AreaMaps areaMaps,
            CurrentUser currentUser) {
        this.coverages = coverages;
        this.export = export;
        this.areaMaps = areaMaps;
        this.currentUser = currentUser;
        addClassName("cc-page");
        need = GapFilters.need(needCategories.ofMyPartnership());
        var filters = GapFilters.layout(period, need, this::filtersChanged);
        var toGaps = new Anchor(GapsNavigation.matrix(), getTranslation("staff.coverage.to-gaps"));
        var downloads = new FlexLayout(
                Downloads.link(getTranslation("staff.gaps.export.csv"), this::csvFile),
                Downloads.link(getTranslation("staff.gaps.export.xlsx"), this::xlsxFile),
                Downloads.link(getTranslation("staff.coverage.pdf.download"), this::pdfFile));
        downloads.addClassName("cc-filters");

        gaps.addColumn(ranks::get).setHeader(getTranslation("staff.gaps.matrix.rank")).setWidth("3.5rem")
                .setFlexGrow(0);
        FigureColumns.name(gaps, g -> Texts.of(g.gap().needName()), getTranslation("staff.coverage.need"), "9rem");
        FigureColumns.name(gaps, g -> g.gap().areaName(), getTranslation("staff.coverage.area"), "7rem");
        FigureColumns.figure(gaps, CoverageWords::unmet, getTranslation("staff.coverage.unmet"), FigureColumns.WORDS);
        FigureColumns.figure(gaps, GapCoverage::funded, getTranslation("staff.coverage.funded"), FigureColumns.COUNT);
        FigureColumns.figure(gaps, g -> g.grants().size(),
                getTranslation("staff.coverage.grants"), FigureColumns.COUNT);
        FigureColumns.figure(gaps, GapCoverage::delivered,
                getTranslation("staff.coverage.delivered"), FigureColumns.LONG_HEADER);
        FigureColumns.figure(gaps, CoverageWords::fundedCoverage,
                getTranslation("staff.coverage.funded-coverage"), FigureColumns.WORDS);
        FigureColumns.figure(gaps, CoverageWords::deliveredCoverage,
                getTranslation("staff.coverage.delivered-coverage"), FigureColumns.WORDS);
        FigureColumns.figure(gaps, GapCoverage::uncovered,
                getTranslation("staff.coverage.uncovered"), FigureColumns.LONG_HEADER);
        gaps.setHeight("420px");
        gaps.addClassName("cc-coverage-gaps");

        priorities = new NextRoundPriorities(coverages, period::getValue);
        reading.addClassName("cc-coverage-reading");
        var notes = new Div(new Paragraph(getTranslation("staff.coverage.note.funded")),
                new Paragraph(getTranslation("staff.coverage.note.delivered")),
                new Paragraph(getTranslation("staff.coverage.note.coverage")),
                new Paragraph(getTranslation("staff.gaps.matrix.lower-bound")));
        notes.addClassName("cc-hint");
        var largestHeading = new H2(getTranslation("staff.coverage.largest"));
        largestHeading.addClassName("cc-coverage-section");
        content.add(new H2(getTranslation("staff.coverage.pdf.in-short")), reading, notes, downloads,
                largestHeading, gaps, priorities, needs, map, trend);
        content.setWidthFull();
        add(new H1(getTranslation("staff.coverage.title")), new Paragraph(getTranslation("staff.coverage.intro")),
                filters, toGaps, empty, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.coverage.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        map.useMap(areaMaps.current(currentUser.partnershipId()).orElse(null));
        readingAddress = true;
        GapFilters.read(query, coverages.periods(), period, need);
        readingAddress = false;
        refresh();
    }

    private void filtersChanged() {
        if (readingAddress) {
            return;
        }
        var filters = new LinkedHashMap<String, String>();
        GapFilters.write(filters, period, need);
        FiltersInAddress.write(this, filters);
        refresh();
    }

    private void refresh() {
        coverage = coverages.of(period.getValue());
        boolean none = coverage.period() == null;
        empty.setText(none ? getTranslation("staff.gaps.matrix.no-figures") : "");
        empty.setVisible(none);
        content.setVisible(!none);
        if (none) {
            gaps.setItems(List.of());
            return;
        }
        reading.removeAll();
        CoverageReading.of(coverage).forEach(sentence -> reading.add(new ListItem(Texts.of(sentence))));
        Long needId = need.getValue() == null ? null : need.getValue().id();
        var shown = coverage.ofNeed(needId);
        ranks.clear();
        for (int i = 0; i < shown.size(); i++) {
            ranks.put(shown.get(i), i + 1);
        }
        gaps.setItems(shown);
        String label = coverage.period().label();
        needs.show(coverage.byNeed(), label);
        map.show(coverage.byArea(needId), need.getValue() == null ? getTranslation("staff.gaps.matrix.all-needs")
                : Texts.of(need.getValue().name()), label);
        trend.show(coverage.trend());
        priorities.refresh();
    }

    /** The gaps shown, as CSV. */
    Downloads.File csvFile() {
        return new Downloads.File(fileName("csv"), "text/csv", export.csv(shownGaps())); // not user text
    }

    Downloads.File xlsxFile() {
        return new Downloads.File(fileName("xlsx"), XLSX, export.xlsx(shownGaps())); // not user text
    }

    /** The board's summary of the period, as PDF. */
    Downloads.File pdfFile() {
        return new Downloads.File(fileName("pdf"), "application/pdf", // not user text
                coverages.boardSummary(period.getValue()));
    }

    private List<GapCoverage> shownGaps() {
        return coverage.ofNeed(need.getValue() == null ? null : need.getValue().id());
    }

    private String fileName(String extension) {
        return GapFilters.fileName("gap-coverage", coverage.period(), extension); // not user text: a file name
    }
}
