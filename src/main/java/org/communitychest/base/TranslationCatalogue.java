package org.communitychest.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The translation bundles: every {@code vaadin-i18n/NAME.properties} (British English) with its
 * {@code NAME_bn.properties} (Bengali), one pair per part of the portal so that each part's texts sit together.
 * A key lives in one bundle only. A Bengali text that is missing falls back to the English one.
 */
public final class TranslationCatalogue {

    public static final String FOLDER = "vaadin-i18n";

    /** Per bundle name, per language, that file's own texts. */
    private final Map<String, Map<Language, Map<String, String>>> files;
    private final Map<Language, Map<String, String>> merged = new EnumMap<>(Language.class);

    private TranslationCatalogue(Map<String, Map<Language, Map<String, String>>> files) {
        this.files = files;
        for (Language language : Language.values()) {
            var texts = new HashMap<String, String>();
            files.values().forEach(byLanguage -> texts.putAll(byLanguage.getOrDefault(Language.ENGLISH, Map.of())));
            if (language != Language.ENGLISH) {
                files.values().forEach(byLanguage -> texts.putAll(byLanguage.getOrDefault(language, Map.of())));
            }
            merged.put(language, Map.copyOf(texts));
        }
    }

    public static TranslationCatalogue load() {
        var files = new TreeMap<String, Map<Language, Map<String, String>>>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + FOLDER + "/*.properties")) {
                String name = resource.getFilename().replace(".properties", "");
                int underscore = name.lastIndexOf('_');
                Language language = underscore < 0 ? Language.ENGLISH
                        : Language.ofCode(name.substring(underscore + 1)).orElse(null);
                if (language == null) {
                    continue;
                }
                String bundle = underscore < 0 ? name : name.substring(0, underscore);
                files.computeIfAbsent(bundle, b -> new EnumMap<>(Language.class)).put(language, read(resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TranslationCatalogue(files);
    }

    /** The text for a key in a language (English when the language lacks it), or {@code null}. */
    public String text(Language language, String key) {
        return merged.get(language).get(key);
    }

    /** Every bundle's own texts in one language, by bundle name: what its file holds, nothing inherited. */
    public Map<String, Map<String, String>> files(Language language) {
        var result = new TreeMap<String, Map<String, String>>();
        files.forEach((bundle, byLanguage) -> result.put(bundle, byLanguage.getOrDefault(language, Map.of())));
        return result;
    }

    private static Map<String, String> read(Resource resource) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        var texts = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }
}
