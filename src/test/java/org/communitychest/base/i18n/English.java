package org.communitychest.base.i18n;

import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.Translations;

/** A service's {@link Message} as an English reader sees it, for tests that check what it says. */
public final class English {

    private static final Translations TRANSLATIONS = new Translations(true);

    private English() {
    }

    public static String of(Message message) {
        return message == null ? null : TRANSLATIONS.text(Language.ENGLISH, message);
    }

    public static String of(String key, Object... args) {
        return TRANSLATIONS.text(Language.ENGLISH, key, args);
    }
}
