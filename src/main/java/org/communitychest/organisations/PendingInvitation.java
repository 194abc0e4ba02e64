package org.communitychest.organisations;

import java.time.Instant;

/** An invitation to join a group that has not been accepted yet and still works. */
public record PendingInvitation(String email, Instant expiresAt) {
}
