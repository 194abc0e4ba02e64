package org.communitychest.awards;

/** What a member types to accept an offer: their full name, their role in the group, and that they agree. */
public record Acceptance(String fullName, String role, boolean agreed) {
}
