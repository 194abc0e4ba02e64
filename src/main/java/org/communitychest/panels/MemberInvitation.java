package org.communitychest.panels;

/** Whom an officer asks onto a panel. */
public record MemberInvitation(String name, String email, MemberKind kind) {
}
