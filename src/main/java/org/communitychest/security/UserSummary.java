package org.communitychest.security;

import java.util.List;
import java.util.Set;
import org.communitychest.base.Message;

public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean active,
        boolean emailVerified, boolean enabled) {

    /** What the users list shows about the account. */
    public Message statusText() {
        if (!enabled) {
            return Message.of("staff.account.status.switched-off");
        }
        return Message.of(active ? "staff.account.status.active" : "staff.account.status.invited");
    }

    /** The names of the person's roles, in the order of {@link Role}. */
    public List<Message> roleLabels() {
        return roles.stream().sorted().map(Role::label).toList();
    }
}
