package org.communitychest.gaps;

import org.communitychest.base.Message;

/**
 * A bad row of a gap file: its line number (the header is line 1), the column at fault ({@code null} for the row
 * or the file as a whole) and why.
 */
public record GapImportProblem(long line, String column, Message reason) {
}
