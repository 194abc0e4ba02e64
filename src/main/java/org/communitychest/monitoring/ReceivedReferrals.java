package org.communitychest.monitoring;

import java.time.LocalDate;

/**
 * What one approved report says social prescribers referred to a grant for one need: {@code referrals} people,
 * in the report of {@code kind} due on {@code dueOn}.
 */
public record ReceivedReferrals(long grantId, ReportKind kind, LocalDate dueOn, long needCategoryId, int referrals) {
}
