package org.communitychest.place;

import java.util.List;

/** The need categories of src/docs/spec/referral-gaps.md that every partnership starts with. */
final class DefaultNeedCategories {

    record Default(String code, String label) {
    }

    static final List<Default> ALL = List.of(
            new Default("LONELINESS_ISOLATION", "Loneliness and social isolation"),
            new Default("MENTAL_WELLBEING", "Mental wellbeing"),
            new Default("FINANCE_DEBT_BENEFITS", "Money, debt and benefits"),
            new Default("HOUSING", "Housing"),
            new Default("EMPLOYMENT_SKILLS", "Employment, training and skills"),
            new Default("PHYSICAL_ACTIVITY", "Physical activity"),
            new Default("HEALTHY_EATING_FOOD", "Healthy eating and food insecurity"),
            new Default("LONG_TERM_CONDITION", "Living with a long-term condition"),
            new Default("CARERS", "Support for carers"),
            new Default("PARENTING_FAMILY", "Parenting and family"),
            new Default("DIGITAL_INCLUSION", "Digital inclusion"),
            new Default("VOLUNTEERING", "Volunteering"),
            new Default("ARTS_CREATIVE", "Arts and creative activity"),
            new Default("GREEN_NATURE", "Green spaces and nature"),
            new Default("LANGUAGE_ESOL", "English language (ESOL)"),
            new Default("OTHER", "Other"));

    private DefaultNeedCategories() {
    }
}
