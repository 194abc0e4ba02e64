package org.communitychest.awards;

import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Money;

/**
 * A group accepted its grant: published in the accepting transaction, so that what follows from it (the reports
 * it owes) exists exactly when the acceptance does.
 */
public record GrantAccepted(long grantId, long partnershipId, long roundId, long organisationId, Money amount,
        LocalDate startDate, LocalDate endDate, List<BudgetItem> budget) {
}
