package org.communitychest.monitoring;

import org.communitychest.monitoring.outcomes.Measurement;

/** A stored set of answers, with the id that removes it. */
public record OutcomeEntryRow(long id, Measurement measurement) {
}
