package org.communitychest.panels;

import java.time.Instant;

/** A round's panel, for its officers. */
public record PanelSummary(long id, long roundId, Instant createdAt, String createdBy, int members) {
}
