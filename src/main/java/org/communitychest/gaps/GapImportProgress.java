package org.communitychest.gaps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far the imports running on this node have got. Kept in memory, not in the import's row: while the figures
 * are saved, the saving transaction holds that row (its figures refer to it), and an update from outside would
 * wait for it. The officer's page polls the node that runs the import (sessions stay on one node).
 */
@Component
class GapImportProgress {

    record Step(GapImportState state, long rowsRead, long bytesRead, long rowsSaved) {
    }

    private final Map<Long, Step> running = new ConcurrentHashMap<>();

    void set(long importId, Step step) {
        running.put(importId, step);
    }

    Step of(long importId) {
        return running.get(importId);
    }

    void done(long importId) {
        running.remove(importId);
    }
}
