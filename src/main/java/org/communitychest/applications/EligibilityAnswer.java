package org.communitychest.applications;

/** The applicant's answer to one eligibility question and, once screened, the officer's decision on it. */
public record EligibilityAnswer(long questionId, boolean answer, Boolean screeningPass, String screeningReason) {
}
