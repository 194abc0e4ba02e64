package org.communitychest.monitoring;

import java.util.List;
import org.communitychest.monitoring.outcomes.OutcomeResults;

/** A project's stored wellbeing answers and the results they give. */
public record OutcomeSet(long grantId, List<OutcomeEntryRow> rows, OutcomeResults results) {
}
