package org.communitychest.applications;

/** An application's columns that the panel's bids need, read without its collections. */
record BidRow(Long id, String reference, Long organisationId, String organisationName, String projectTitle,
        Long amountRequestedPence, Integer referralCapacity) {
}
