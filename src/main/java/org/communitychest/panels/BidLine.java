package org.communitychest.panels;

import org.communitychest.base.Money;

/** A bid in a panellist's list: enough to recognise a conflict, and where they are with it. */
public record BidLine(long applicationId, String reference, String organisationName, String projectTitle,
        Money amountRequested, BidState state) {
}
