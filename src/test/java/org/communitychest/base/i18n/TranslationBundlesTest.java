package org.communitychest.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communitychest.base.Language;
import org.communitychest.base.TranslationCatalogue;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;

/**
 * The bundles agree: each key in its own bundle, what applicants and panellists see in Bengali too, with the same
 * values to fill, and Bengali figures in Latin digits.
 */
class TranslationBundlesTest {

    private final TranslationCatalogue catalogue = TranslationCatalogue.load();
    private final Map<String, Map<String, String>> english = catalogue.files(Language.ENGLISH);
    private final Map<String, Map<String, String>> bengali = catalogue.files(Language.BENGALI);

    @Test
    void eachKeyStartsWithItsBundleAndLivesInOneBundle() {
        var wrong = new ArrayList<String>();
        var seen = new HashMap<String, String>();
        english.forEach((bundle, texts) -> texts.keySet().forEach(key -> {
            if (!key.startsWith(bundle + ".") && !key.startsWith(Translations.STAFF_PREFIX + bundle + ".")) {
                wrong.add(bundle + ": " + key + " (should start with " + bundle + ". or staff." + bundle + ".)");
            }
            String other = seen.put(key, bundle);
            if (other != null) {
                wrong.add(key + " is in both " + other + " and " + bundle);
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(english).as("bundles").isNotEmpty();
    }

    @Test
    void everyKeyThatIsNotStaffOnlyIsInBengali() {
        var missing = new TreeSet<String>();
        english.forEach((bundle, texts) -> texts.keySet().stream()
                .filter(key -> !key.startsWith(Translations.STAFF_PREFIX))
                .filter(key -> !bengali.get(bundle).containsKey(key))
                .forEach(key -> missing.add(bundle + "_bn: " + key)));
        assertThat(missing).as("keys in English but not in Bengali").isEmpty();
    }

    @Test
    void bengaliHasNoKeyThatEnglishLacks() {
        var extra = new TreeSet<String>();
        bengali.forEach((bundle, texts) -> texts.keySet().stream()
                .filter(key -> !english.getOrDefault(bundle, Map.of()).containsKey(key))
                .forEach(key -> extra.add(bundle + "_bn: " + key)));
        assertThat(extra).as("keys in Bengali but not in English").isEmpty();
    }

    @Test
    void bengaliFillsTheSameValuesAsEnglish() {
        var different = new ArrayList<String>();
        bengali.forEach((bundle, texts) -> texts.forEach((key, text) -> {
            String original = english.getOrDefault(bundle, Map.of()).get(key);
            if (original != null && !arguments(original).equals(arguments(text))) {
                different.add(key + ": " + original + " | " + text);
            }
        }));
        assertThat(different).as("messages whose {values} differ between the languages").isEmpty();
    }

    @Test
    void bengaliFiguresUseLatinDigits() {
        List<String> withBengaliDigits = bengali.values().stream()
                .flatMap(texts -> texts.entrySet().stream())
                .filter(e -> e.getValue().chars().anyMatch(c -> c >= '০' && c <= '৯'))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(withBengaliDigits).as("Bengali messages with Bengali digits (figures must be Latin)").isEmpty();
    }

    private static Set<String> arguments(String message) {
        var pattern = new MessagePattern(message);
        var names = new TreeSet<String>();
        for (int i = 0; i < pattern.countParts(); i++) {
            var part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }
}
