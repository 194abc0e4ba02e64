package org.communitychest.monitoring;

import java.util.List;
import org.communitychest.monitoring.outcomes.OutcomeResults;

/** Stored answers with their results. */
final class OutcomeSets {

    private OutcomeSets() {
    }

    static OutcomeSet of(long grantId, List<OutcomeAnswer> stored) {
        var rows = stored.stream().map(a -> new OutcomeEntryRow(a.getId(), a.measurement())).toList();
        return new OutcomeSet(grantId, rows, OutcomeResults.forProject(rows.stream()
                .map(OutcomeEntryRow::measurement).toList()));
    }
}
