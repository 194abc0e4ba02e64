package org.communitychest.place;

/**
 * A partnership as its letters and its published grants name it: its postal address and contact email (either may
 * be missing), the prefix of its 360Giving identifiers and its own organisation identifier as funder.
 */
public record Letterhead(long partnershipId, String name, String address, String contactEmail, String givingPrefix,
        String funderOrgId) {
}
