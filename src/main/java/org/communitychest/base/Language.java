package org.communitychest.base;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. British English is the default; Bengali is for applicants and panellists.
 * Figures in every language use Latin digits and British formats ({@code £1,250.00}, {@code 30 January 2027}).
 */
public enum Language {
    ENGLISH("en", Locale.UK, "English"), // not user text: each language is named in itself
    BENGALI("bn", Locale.of("bn", "GB"), "বাংলা");

    private final String code;
    private final Locale locale;
    private final String ownName;

    Language(String code, Locale locale, String ownName) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The ISO 639-1 code, as stored with an account and in the language cookie. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String ownName() {
        return ownName;
    }

    /**
     * The locale that formats numbers inside messages: British for every language, since ICU's Bengali would
     * group lakhs ({@code 1,23,456}) even with Latin digits. Plural choice then follows English rules, which
     * Bengali messages do not notice: a Bengali noun does not change after a numeral.
     */
    public ULocale messageLocale() {
        return ULocale.UK;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    /** The language for a locale; English for any the portal does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The first of the browser's preferred locales that the portal speaks, else English. */
    public static Language preferred(List<Locale> browserLocales) {
        return browserLocales.stream()
                .map(l -> ofCode(l.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH);
    }
}
