package org.communitychest.base;

/** Text for a cell of an exported spreadsheet or CSV file. */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /**
     * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, so it is shown as text; anything else, and {@code null}, is returned as it is.
     */
    public static String safe(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
