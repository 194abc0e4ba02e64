package org.communitychest.gaps;

import java.time.Instant;
import java.util.List;
import org.communitychest.base.Message;

/**
 * An import as the officer follows it: how far it has read, then what it saved or why it saved nothing.
 * {@code sameAsImportId} names the earlier import of the same file when nothing changed.
 */
public record GapImportStatus(long id, String fileName, String sha256, long fileBytes, String importedBy,
        Instant startedAt, Instant finishedAt, GapImportState state, long rowsRead, long bytesRead, long rowsSaved,
        long rowsReplaced, long problemCount, List<Message> warnings, String failure, Long sameAsImportId) {

    /** The problems kept with a refused import; a file with more says how many more there were. */
    public static final int PROBLEMS_KEPT = 10_000;

    /** The failure of an import the portal stopped in the middle of. */
    static final String INTERRUPTED = "interrupted"; // not user text: a stored marker

    /** How far through the file, from 0 to 1: the first half checks, the second saves. */
    public double progress() {
        if (state.finished()) {
            return 1;
        }
        double read = fileBytes == 0 ? 0 : Math.min(1, (double) bytesRead / fileBytes);
        return state == GapImportState.CHECKING ? read / 2 : 0.5 + (rowsRead == 0 ? 0 : (double) rowsSaved
                / rowsRead / 2);
    }
}
