package org.communitychest.applications;

import java.time.Instant;
import org.communitychest.base.Money;

/** A line of an officer's applications grid. */
public record ApplicationRow(long id, String reference, String organisationName, String projectTitle,
        ApplicationStatus status, FormType formType, Money amountRequested, Instant submittedAt,
        Integer referralCapacity) {

    public ApplicationRow(Long id, String reference, String organisationName, String projectTitle,
            ApplicationStatus status, FormType formType, Long amountRequestedPence, Instant submittedAt,
            Integer referralCapacity) {
        this(id.longValue(), reference, organisationName, projectTitle, status, formType,
                Money.ofPence(amountRequestedPence), submittedAt, referralCapacity);
    }
}
