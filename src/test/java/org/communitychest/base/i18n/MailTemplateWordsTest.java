package org.communitychest.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mail templates hold layout only: once their tags, style attributes and {@code {{placeholders}}} are taken out,
 * not one letter is left. Every word a recipient reads comes from the {@code mail} bundle, in their language.
 */
class MailTemplateWordsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/mail");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");

    @Test
    void noMailTemplateHoldsAWord() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.sorted().toList()) {
                words(Files.readString(file)).forEach(w -> found.add(file.getFileName() + ": " + w));
            }
        }
        assertThat(found).as("words in mail templates: move them into vaadin-i18n/mail.properties").isEmpty();
        assertThat(TEMPLATES.resolve("layout.html")).exists();
    }

    @Test
    void theScanFindsAWordInATemplate() {
        assertThat(words("<p>{{t:mail.hello}}</p>\n<p>Thank you, {{name}}.</p>"))
                .containsExactly("Thank", "you");
        assertThat(words("<a href=\"{{link}}\" style=\"color:#fff;\">{{t:mail.see-application}}</a>")).isEmpty();
    }

    static List<String> words(String template) {
        String left = ENTITY.matcher(TAG.matcher(PLACEHOLDER.matcher(template).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        var matcher = WORD.matcher(left);
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
