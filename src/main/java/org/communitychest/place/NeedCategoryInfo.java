package org.communitychest.place;

import org.communitychest.base.Message;

/** A need category; {@code label} is the name as stored, in English for the default categories. */
public record NeedCategoryInfo(long id, String code, String label, String snomedCode, boolean retired) {

    /**
     * The name to show: a default category's name in the reader's language, from the bundles; a partnership's
     * own category's name as its administrator typed it.
     */
    public Message name() {
        return DefaultNeedCategories.isDefault(code) ? Message.of(DefaultNeedCategories.nameKey(code))
                : Message.verbatim(label);
    }
}
