package org.communitychest.security;

/** Who an account belongs to, as other modules show it: a member list, a ‘changed by’ line. */
public record AccountInfo(long id, String displayName, String email) {
}
