package org.communitychest.security;

/** Who joins a panel: their account, and whether it is new (invited by email to choose a password). */
public record PanellistEnrolment(long accountId, String displayName, String email, boolean invited) {
}
