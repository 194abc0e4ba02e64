package org.communitychest.awards;

import java.time.LocalDate;

/** An approved variation moved a grant's dates; published in the approving transaction. */
public record GrantDatesChanged(long grantId, LocalDate startDate, LocalDate endDate) {
}
