package org.communitychest.panels;

import java.time.Instant;

/** A panel member as officers see them: who, what kind, and how far they have got. */
public record MemberRow(long memberId, long accountId, String name, String email, MemberKind kind,
        Instant invitedAt, Instant guidanceConfirmedAt, int declared, int conflicts, int submitted) {
}
