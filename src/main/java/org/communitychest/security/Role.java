package org.communitychest.security;

import java.util.Locale;
import org.communitychest.base.Message;

/** What a person may do. Staff roles belong to one partnership; applicants to none. */
public enum Role {
    APPLICANT, PANELLIST, OFFICER, ADMIN;

    /** The role's name as people read it: ‘Panellist’. */
    public Message label() {
        return Message.of("account.role." + key());
    }

    /** What someone with the role does, for the administrator giving it. */
    public Message description() {
        return Message.of("staff.account.role." + key() + ".description");
    }

    public String authority() {
        return "ROLE_" + name();
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
