package org.communitychest.security;

import java.util.Set;

/** An administrator's invitation: who, and with which roles in the administrator's partnership. */
public record Invitation(String name, String email, Set<Role> roles) {
}
