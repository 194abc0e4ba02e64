package org.communitychest.awards;

/**
 * Whether a grant's final report has been approved, asked by payments and completion and answered by the
 * monitoring module, which depends on this one: the last instalment and completion wait for it.
 */
public interface FinalReports {

    boolean approved(long grantId);
}
