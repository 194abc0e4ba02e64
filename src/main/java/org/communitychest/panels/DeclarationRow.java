package org.communitychest.panels;

import java.time.Instant;

/** A line of the register of declarations. */
public record DeclarationRow(String memberName, long applicationId, String reference, String organisationName,
        boolean conflicted, String reason, Instant declaredAt) {
}
