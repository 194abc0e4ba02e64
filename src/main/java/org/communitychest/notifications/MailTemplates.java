package org.communitychest.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitychest.base.Possessive;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Templates under {@code mail/}: {@code NAME.subject}, {@code NAME.txt} and {@code NAME.html}, with
 * {@code {{key}}} placeholders; {@code {{key|possessive}}} gives the value's possessive ({@link Possessive}).
 * Values are HTML-escaped in the HTML body; a missing value is an error.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_]+)(\\|possessive)?\\s*}}");

    RenderedMail render(String template, Map<String, String> model) {
        return new RenderedMail(
                fill(load(template, "subject"), model, false).strip(),
                fill(load(template, "txt"), model, false),
                fill(load("layout", "html").replace("{{content}}", load(template, "html")), model, true));
    }

    private static String load(String template, String kind) {
        var resource = new ClassPathResource("mail/" + template + "." + kind);
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template " + resource.getPath(), e);
        }
    }

    private static String fill(String text, Map<String, String> model, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = model.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Mail template value missing: " + key);
            }
            if (matcher.group(2) != null) {
                value = Possessive.of(value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
