package org.communitychest.place;

import java.util.List;

/** The outcome of an areas import: either every row was saved, or none was and {@code problems} says why. */
public record AreaImportResult(int added, int updated, List<RowProblem> problems, List<String> warnings) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** A bad row: its line number in the file (the header is line 1) and what is wrong with it. */
    public record RowProblem(long line, String reason) {

        @Override
        public String toString() {
            return "Line " + line + ": " + reason;
        }
    }
}
