package org.communitychest.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.Message;

/** The parts of a report, in task-list order. The short form asks for less, as the outcomes spec says. */
public enum ReportSection {
    ACTIVITY("activity", true, false),
    REFERRALS("referrals", true, false),
    PEOPLE("people", false, true),
    SPEND("spend", true, false),
    OUTCOMES("outcomes", false, true),
    STORY("story", true, false),
    CHANGES("changes", false, false);

    private final String slug;
    private final boolean onShortForm;
    private final boolean optional;

    ReportSection(String slug, boolean onShortForm, boolean optional) {
        this.slug = slug;
        this.onShortForm = onShortForm;
        this.optional = optional;
    }

    public String slug() {
        return slug;
    }

    /** Nothing in it is needed to submit: a group that does not collect it leaves it out. */
    public boolean optional() {
        return optional;
    }

    public Message label() {
        return Message.of("monitoring.section." + slug);
    }

    public static List<ReportSection> of(ReportForm form) {
        return Arrays.stream(values()).filter(s -> form == ReportForm.FULL || s.onShortForm).toList();
    }

    public static Optional<ReportSection> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
