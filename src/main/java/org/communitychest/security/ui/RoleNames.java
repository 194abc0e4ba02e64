package org.communitychest.security.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communitychest.base.Message;
import org.communitychest.base.ui.Texts;

/** A person's roles as a screen names them, in the page's language. */
final class RoleNames {

    private RoleNames() {
    }

    /** ‘Panellist, Officer’, for a list or a grid. */
    static String listed(List<Message> roles) {
        return roles.stream().map(Texts::of).collect(Collectors.joining(", "));
    }

    /** ‘panellist, officer’, inside a sentence. */
    static String inSentence(List<Message> roles, Locale locale) {
        return listed(roles).toLowerCase(locale);
    }
}
