package org.communitychest.place;

import java.util.List;
import org.communitychest.base.Message;

/** The outcome of an areas import: either every row was saved, or none was and {@code problems} says why. */
public record AreaImportResult(int added, int updated, List<RowProblem> problems, List<Message> warnings) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** A bad row: its line number in the file (the header is line 1) and what is wrong with it. */
    public record RowProblem(long line, Message reason) {

        /** The problem with its line number, as an administrator reads it: Line 7: name is empty. */
        public Message message() {
            return Message.of("staff.place.areas.import.line", String.valueOf(line), reason);
        }
    }

    /** Several reasons as one, in order and separated by semicolons. */
    static Message joined(List<Message> reasons) {
        Message joined = reasons.getLast();
        for (int i = reasons.size() - 2; i >= 0; i--) {
            joined = Message.of("staff.place.areas.import.and", reasons.get(i), joined);
        }
        return joined;
    }
}
