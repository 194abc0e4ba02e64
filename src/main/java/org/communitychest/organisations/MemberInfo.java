package org.communitychest.organisations;

import java.time.Instant;

/** A member of a group, as the group's profile page lists them. */
public record MemberInfo(long userId, String displayName, String email, Instant joinedAt) {
}
