package org.communitychest.awards;

import java.time.Instant;

/** A variation as both sides read it: what was asked for and why, and the answer once there is one. */
public record VariationInfo(long id, VariationStatus status, String reason, Terms terms, Instant requestedAt,
        Instant answeredAt, String answeredBy, String answer) {

    public boolean open() {
        return status == VariationStatus.REQUESTED;
    }
}
