package org.communitychest.applications;

/** A funded or part-funded application, whole, and the account that wrote it: what its grant is made from. */
public record AwardedBid(ApplicationDetails application, long writtenBy) {
}
