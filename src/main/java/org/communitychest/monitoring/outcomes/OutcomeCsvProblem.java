package org.communitychest.monitoring.outcomes;

import org.communitychest.base.Message;

/**
 * What is wrong in an outcomes file: its line number (the header is line 1; 0 for the file as a whole, such as one
 * that is not UTF-8), the column at fault as the file spells it ({@code null} for the row or the file) and why.
 */
public record OutcomeCsvProblem(long line, String column, Message reason) {
}
