package org.communitychest.place;

import java.util.List;
import java.util.Locale;

/**
 * The need categories of src/docs/spec/referral-gaps.md that every partnership starts with. Their names are the
 * portal's own words, so they live in the bundles ({@code place.need-category.CODE}) and are shown in the reader's
 * language; a partnership's own categories are data, shown as the administrator typed them.
 */
final class DefaultNeedCategories {

    static final List<String> CODES = List.of(
            "LONELINESS_ISOLATION",
            "MENTAL_WELLBEING",
            "FINANCE_DEBT_BENEFITS",
            "HOUSING",
            "EMPLOYMENT_SKILLS",
            "PHYSICAL_ACTIVITY",
            "HEALTHY_EATING_FOOD",
            "LONG_TERM_CONDITION",
            "CARERS",
            "PARENTING_FAMILY",
            "DIGITAL_INCLUSION",
            "VOLUNTEERING",
            "ARTS_CREATIVE",
            "GREEN_NATURE",
            "LANGUAGE_ESOL",
            "OTHER");

    private DefaultNeedCategories() {
    }

    static boolean isDefault(String code) {
        return CODES.contains(code);
    }

    /** The bundle key of a default category's name: {@code place.need-category.loneliness-isolation}. */
    static String nameKey(String code) {
        return "place.need-category." + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
