package org.communitychest.monitoring;

import java.time.Instant;
import java.util.UUID;

/** A grant's directory listing as its group edits it: what it says, whether it is public, and its public id. */
public record ListingDetails(long grantId, UUID publicId, ListingForm form, Instant updatedAt, long version,
        boolean exists) {
}
