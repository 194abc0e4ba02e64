package org.communitychest.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitychest.base.Language;
import org.communitychest.base.Translations;
import org.communitychest.base.i18n.English;
import org.junit.jupiter.api.Test;

/** The default need categories are the portal's words, in the reader's language; a partnership's own are data. */
class NeedCategoryNamesTest {

    private final Translations translations = new Translations(true);

    @Test
    void aDefaultCategoryIsNamedInTheReadersLanguage() {
        var loneliness = new NeedCategoryInfo(1, "LONELINESS_ISOLATION", "Loneliness and social isolation", null,
                false);
        assertThat(English.of(loneliness.name())).isEqualTo("Loneliness and social isolation");
        assertThat(translations.text(Language.BENGALI, loneliness.name())).isEqualTo("একাকীত্ব ও সামাজিক বিচ্ছিন্নতা");
    }

    @Test
    void everyDefaultCategoryHasANameInBothLanguages() {
        for (String code : DefaultNeedCategories.CODES) {
            var key = DefaultNeedCategories.nameKey(code);
            assertThat(translations.text(Language.ENGLISH, key)).as(key).isNotBlank();
            assertThat(translations.text(Language.BENGALI, key)).as(key)
                    .isNotEqualTo(translations.text(Language.ENGLISH, key));
        }
    }

    @Test
    void aPartnershipsOwnCategoryKeepsTheNameItsAdministratorTyped() {
        var foodBanks = new NeedCategoryInfo(2, "FOOD_BANKS", "Food banks", null, false);
        assertThat(translations.text(Language.BENGALI, foodBanks.name())).isEqualTo("Food banks");
    }
}
