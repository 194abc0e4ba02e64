package org.communitychest.applications;

import java.util.List;

/** The parts of an application, in task-list order. The short form leaves out activities. */
public enum Section {
    ABOUT("about", "About the project"),
    WHO("who", "Who it helps"),
    ACTIVITIES("activities", "Activities and timeline"),
    BUDGET("budget", "Budget"),
    DOCUMENTS("documents", "Documents"),
    DECLARATIONS("declarations", "Declarations");

    private final String slug;
    private final String label;

    Section(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
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
