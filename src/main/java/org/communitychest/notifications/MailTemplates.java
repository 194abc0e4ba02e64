package org.communitychest.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitychest.base.Language;
import org.communitychest.base.Possessive;
import org.communitychest.base.Translations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Templates under {@code mail/}: {@code NAME.txt} and {@code NAME.html} (inside {@code layout.html}) hold layout
 * only. Their words come from the {@code mail} bundle in the recipient's language: {@code {{t:KEY}}} is a message,
 * filled with the mail's values by name; {@code {{name}}} is a value itself (a link, a question someone typed).
 * The subject is the message {@code mail.NAME.subject}. Each value {@code x} also gives {@code xPossessive}, its
 * possessive in that language. Everything is HTML-escaped in the HTML body; a missing value is an error.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(t:)?([a-zA-Z0-9_.-]+)\\s*}}");
    /** Marks where a value goes in a message before the message is HTML-escaped (private-use characters). */
    private static final char VALUE_START = '\uE000';
    private static final char VALUE_END = '\uE001';

    private final Translations translations;

    MailTemplates(Translations translations) {
        this.translations = translations;
    }

    RenderedMail render(String template, Language language, Map<String, String> model) {
        Map<String, String> values = values(language, model);
        return new RenderedMail(
                translations.text(language, "mail." + template + ".subject", values).strip(),
                fill(load(template, "txt"), language, values, false),
                fill(load("layout", "html").replace("{{content}}", load(template, "html")), language, values, true));
    }

    private Map<String, String> values(Language language, Map<String, String> model) {
        var values = new HashMap<String, String>();
        model.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
                values.put(name + "Possessive", possessive(language, value)); // not user text: a value's name
            }
        });
        values.put("language", language.code());
        return values;
    }

    private String possessive(Language language, String name) {
        // English adds 's or, after an s, only the apostrophe: a message pattern cannot see a name's last letter.
        return language == Language.ENGLISH ? Possessive.of(name) : translations.text(language, "mail.possessive", name);
    }

    private static String load(String template, String kind) {
        var resource = new ClassPathResource("mail/" + template + "." + kind);
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template " + resource.getPath(), e);
        }
    }

    private String fill(String text, Language language, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            String filled;
            if (matcher.group(1) != null) {
                filled = html ? escapedMessage(language, name, values) : translations.text(language, name, values);
            } else {
                filled = value(values, name);
                filled = html ? HtmlUtils.htmlEscape(filled) : filled;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The message escaped as a whole, words and values alike, with each value escaped once. */
    private String escapedMessage(Language language, String key, Map<String, String> values) {
        var marks = new HashMap<String, String>();
        var names = values.keySet().stream().sorted().toList();
        for (int i = 0; i < names.size(); i++) {
            marks.put(names.get(i), VALUE_START + Integer.toString(i) + VALUE_END);
        }
        String escaped = HtmlUtils.htmlEscape(translations.text(language, key, marks));
        for (int i = 0; i < names.size(); i++) {
            escaped = escaped.replace(VALUE_START + Integer.toString(i) + VALUE_END,
                    HtmlUtils.htmlEscape(values.get(names.get(i))));
        }
        return escaped;
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Mail template value missing: " + name);
        }
        return value;
    }
}
