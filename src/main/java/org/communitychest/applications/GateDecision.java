package org.communitychest.applications;

/** An officer's decision on one eligibility gate; a fail needs a reason the applicant will read. */
public record GateDecision(boolean pass, String reason) {
}
