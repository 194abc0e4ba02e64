package org.communitychest.monitoring.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;

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
    static final String SENTENCE = "11rem"; // not user text: a CSS length

    private FigureColumns() {
    }

    static <T> void name(Grid<T> grid, ValueProvider<T, ?> value, String header, String width) {
        grid.addColumn(value).setHeader(header).setWidth(width).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("cc-coverage-table");
    }

    static <T> void figure(Grid<T> grid, ValueProvider<T, ?> value, String header, String width) {
        var text = new Span(header);
        text.addClassName("cc-wrapping-header");
        grid.addColumn(value).setHeader(text).setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
    }
}
