package org.communitychest.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, from the bundles in {@code vaadin-i18n/} ({@link TranslationCatalogue}): Vaadin finds this
 * provider for {@code getTranslation}, and services use {@link #text} for mails and PDFs in the recipient's
 * language. Messages are ICU message patterns: {@code {0}} for a value, plural forms with
 * {@code {0, plural, one {# need} other {# needs}}}, a lone apostrophe printed as it is. A value that is a
 * {@link Message} is translated first, in the same language. Values that are
 * money or dates are passed already formatted ({@link Money#toString()}, {@link London#format}).
 *
 * <p>Keys for staff-only screens start with {@value #STAFF_PREFIX} and may stay English; every other key must
 * exist in Bengali too (a test checks it). A missing key shows as {@code !key!}, and fails in tests
 * ({@code chest.i18n.strict=true}).
 */
@Component
public class Translations implements I18NProvider {

    public static final String STAFF_PREFIX = "staff.";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private final boolean strict;
    private final TranslationCatalogue catalogue = TranslationCatalogue.load();

    public Translations(@Value("${chest.i18n.strict:false}") boolean strict) {
        this.strict = strict;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(Language.of(locale), key, params);
    }

    public String text(Language language, Message message) {
        return message.isVerbatim() ? String.valueOf(message.args()[0]) : text(language, message.key(), message.args());
    }

    public String text(Language language, String key, Object... params) {
        String pattern = catalogue.text(language, key);
        if (pattern == null) {
            if (strict) {
                throw new IllegalArgumentException("No translation for key " + key);
            }
            LOG.warn("No translation for key {}", key);
            return "!" + key + "!";
        }
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = params[i] instanceof Message nested ? text(language, nested) : params[i];
        }
        return new MessageFormat(pattern, language.messageLocale()).format(values);
    }

    /**
     * A message whose values are named ({@code {reference}}), as mail templates fill them. Every name the message
     * uses must have a value: a mail must never go out with a gap.
     */
    public String text(Language language, String key, Map<String, ?> values) {
        String pattern = catalogue.text(language, key);
        if (pattern == null) {
            return text(language, key);
        }
        var parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            var part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME && !values.containsKey(parsed.getSubstring(part))) {
                throw new IllegalArgumentException("No value " + parsed.getSubstring(part) + " for message " + key);
            }
        }
        return new MessageFormat(pattern, language.messageLocale()).format(new HashMap<String, Object>(values));
    }

    public boolean has(String key) {
        return catalogue.text(Language.ENGLISH, key) != null;
    }
}
