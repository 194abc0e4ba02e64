package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Function;
import org.communitychest.monitoring.coverage.CoverageTotal;

/**
 * The coverage tables' columns: name columns that share the room left, and right-aligned figure columns as wide as
 * their figures ("at least 143", "at most 52%") whose headers wrap onto two lines; a long name, or "no unmet need
 * recorded", wraps in its cell; cells are padded less than usual. A table of ten columns fits the page at 1440 px.
 */
final class FigureColumns {

    /** For counts under a short header (Funded, Grants). */
    static final String COUNT = "4.5rem"; // not user text: a CSS length
    /** For counts under a longer header (Delivered, Uncovered). */
    static final String LONG_HEADER = "6rem"; // not user text: a CSS length
    /** For unmet and coverage, written with words: at least 143, at most 52%. */
    static final String WORDS = "7rem"; // not user text: a CSS length
    /** For coverage where a table has room for its longest words (no unmet need recorded) on one line. */
    private static final String SENTENCE = "11rem"; // not user text: a CSS length

    private FigureColumns() {
    }

    static <T> void name(Grid<T> grid, ValueProvider<T, ?> value, String header, String width) {
        grid.addColumn(value).setHeader(header).setWidth(width).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("cc-coverage-table");
    }

    /**
     * The columns of a total (a need's, an area's, a period's): unmet, funded, grants, delivered and both
     * coverages, with room for "no unmet need recorded" on one line.
     */
    static <T> void totals(Grid<T> grid, Function<T, CoverageTotal> total) {
        figure(grid, t -> CoverageWords.unmet(total.apply(t)), grid.getTranslation("staff.coverage.unmet"), WORDS);
        figure(grid, t -> total.apply(t).funded(), grid.getTranslation("staff.coverage.funded"), COUNT);
        figure(grid, t -> total.apply(t).grants(), grid.getTranslation("staff.coverage.grants"), COUNT);
        figure(grid, t -> total.apply(t).delivered(), grid.getTranslation("staff.coverage.delivered"), LONG_HEADER);
        figure(grid, t -> CoverageWords.fundedCoverage(total.apply(t)),
                grid.getTranslation("staff.coverage.funded-coverage"), SENTENCE);
        figure(grid, t -> CoverageWords.deliveredCoverage(total.apply(t)),
                grid.getTranslation("staff.coverage.delivered-coverage"), SENTENCE);
    }

    static <T> void figure(Grid<T> grid, ValueProvider<T, ?> value, String header, String width) {
        var text = new Span(header);
        text.addClassName("cc-wrapping-header");
        grid.addColumn(value).setHeader(text).setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
    }
}
