package org.communitychest.applications;

import java.time.Instant;
import org.communitychest.base.Message;
import org.communitychest.base.Money;

/** A line of an officer's applications grid; {@code amountAwarded} is null until a decision is released. */
public record ApplicationRow(long id, String reference, String organisationName, String projectTitle,
        ApplicationStatus status, FormType formType, Money amountRequested, Instant submittedAt,
        Integer referralCapacity, Money amountAwarded) {

    public ApplicationRow(Long id, String reference, String organisationName, String projectTitle,
            ApplicationStatus status, FormType formType, Long amountRequestedPence, Instant submittedAt,
            Integer referralCapacity, Long amountAwardedPence) {
        this(id.longValue(), reference, organisationName, projectTitle, status, formType,
                Money.ofPence(amountRequestedPence), submittedAt, referralCapacity,
                amountAwardedPence == null ? null : Money.ofPence(amountAwardedPence));
    }

    /** A row read without its award, for lists that show none (a panel's bids before the decision). */
    public ApplicationRow(Long id, String reference, String organisationName, String projectTitle,
            ApplicationStatus status, FormType formType, Long amountRequestedPence, Instant submittedAt,
            Integer referralCapacity) {
        this(id, reference, organisationName, projectTitle, status, formType, amountRequestedPence, submittedAt,
                referralCapacity, null);
    }

    /** The status for a list, with the money awarded once funded: ‘Part funded: £1,500.00’. */
    public Message statusWithAward() {
        return amountAwarded == null || amountAwarded.pence() == 0 ? status.label()
                : Message.of("staff.apply.applications.status-awarded", status.label(), amountAwarded.toString());
    }
}
