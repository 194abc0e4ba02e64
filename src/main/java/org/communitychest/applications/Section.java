package org.communitychest.applications;

import java.util.List;
import org.communitychest.base.Message;

/** The parts of an application, in task-list order. The short form leaves out activities. */
public enum Section {
    ABOUT("about"),
    WHO("who"),
    ACTIVITIES("activities"),
    BUDGET("budget"),
    DOCUMENTS("documents"),
    DECLARATIONS("declarations");

    private final String slug;

    Section(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public Message label() {
        return Message.of("apply.section." + slug);
    }

    public static List<Section> of(FormType formType) {
        return formType == FormType.SHORT ? List.of(ABOUT, WHO, BUDGET, DOCUMENTS, DECLARATIONS) : List.of(values());
    }

    public static Section fromSlug(String slug) {
        for (Section s : values()) {
            if (s.slug.equals(slug)) {
                return s;
            }
        }
        throw new IllegalArgumentException(slug);
    }
}
