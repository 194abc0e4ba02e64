package org.communitychest.rounds;

import java.time.Instant;

/**
 * A round's scoring has closed, {@code at} the deadline (the job) or when the officer closed it early: its score
 * sheets are to be locked. Published inside the transaction that moves the round to moderation.
 */
public record ScoringClosed(long roundId, Instant at) {
}
