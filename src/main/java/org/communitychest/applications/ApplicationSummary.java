package org.communitychest.applications;

import java.time.Instant;
import org.communitychest.base.Money;

/** A line of the applicant's dashboard; {@code decision} is null until the officer releases it. */
public record ApplicationSummary(long id, String reference, String projectTitle, String organisationName,
        String roundTitle, ApplicationStatus status, Money amountRequested, Instant updatedAt, int openQuestions,
        ApplicationDecision decision) {
}
