package org.communitychest.panels;

import java.util.Locale;
import org.communitychest.base.Message;

/** Who sits on a panel: residents of the area, partners (e.g. social prescribers, the council) and staff. */
public enum MemberKind {
    RESIDENT, PARTNER, STAFF;

    public Message label() {
        return Message.of("panels.member-kind." + name().toLowerCase(Locale.ROOT));
    }
}
