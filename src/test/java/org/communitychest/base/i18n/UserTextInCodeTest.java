package org.communitychest.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a person reads is written in the Java code: it comes from the translation bundles. The scan flags every
 * string literal that reads like words ("Save", "Check your answers") in the main code, except where the line says
 * what it is for: a log message, a developer's exception, a query, an annotation (but not a page title), or a
 * line marked {@value #MARKER} with the reason (a CSS value, a file name, a format pattern).
 */
class UserTextInCodeTest {

    static final String MARKER = "// not user text";
    private static final Path MAIN = Path.of("src/main/java");
    /** Demo data is sample content (group names, answers), not the portal's own words. */
    private static final Set<String> SAMPLE_CONTENT = Set.of("org/communitychest/demo/");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[,.'’:;!?…]?\\s+\\p{L}|^\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    /**
     * An annotation's texts are for the code (routes, queries, roles), except a page's title, which the browser
     * shows: that one is read, and comes from the bundles ({@code HasDynamicTitle}).
     */
    private static final String ANNOTATION_THAT_IS_NOT_READ = "^\\s*@(?!PageTitle\\b)";
    private static final Pattern DEVELOPER_LINE = Pattern.compile(String.join("|",
            "\\bLOG\\.", "\\blog\\.", "\\blogger\\.",
            "new (IllegalStateException|IllegalArgumentException|UnsupportedOperationException|UncheckedIOException"
                    + "|NoSuchElementException|AssertionError|NullPointerException|IOException|AccessDeniedException"
                    + "|RecordNotFoundException)\\(",
            ANNOTATION_THAT_IS_NOT_READ, "^\\s*\\*", "^\\s*//", "Objects\\.requireNonNull"));

    @Test
    void noTextAPersonReadsIsWrittenInTheCode() {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (SAMPLE_CONTENT.stream().anyMatch(relative::startsWith)) {
                continue;
            }
            found.addAll(userTexts(relative, read(file)));
        }
        write(Path.of("target/user-texts-in-code.txt"), found);
        assertThat(found).as("texts to move into src/main/resources/vaadin-i18n/translations.properties"
                + " (all of them in target/user-texts-in-code.txt)").isEmpty();
    }

    @Test
    void theScanFindsTextInCode() {
        String code = """
                var save = new Button("Save and continue");
                var title = new H2("Budget");
                add(new Paragraph(getTranslation("apply.budget.intro")));
                LOG.info("Saved draft {}", id);
                getStyle().set("width", "12rem"); // not user text: CSS
                @Route("rounds/:roundId/applications")
                @PageTitle("Rounds · Community Chest")
                @Query("select a from Application a where a.status = 'SUBMITTED'")
                """;
        assertThat(userTexts("Example.java", code)).containsExactly("Example.java:1 \"Save and continue\"",
                "Example.java:2 \"Budget\"", "Example.java:7 \"Rounds · Community Chest\"");
    }

    static List<String> userTexts(String file, String code) {
        List<String> found = new ArrayList<>();
        String[] lines = withoutTextBlocks(code).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains(MARKER) || DEVELOPER_LINE.matcher(line).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String text = literal.group(1);
                if (readsAsWords(text)) {
                    found.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    private static boolean readsAsWords(String text) {
        boolean oneToken = !text.contains(" ");
        return WORDS.matcher(text).find() && !KEY.matcher(text).matches() && !text.contains("var(--")
                && !text.startsWith("http") && !text.startsWith("/")
                && !(oneToken && (text.contains("/") || text.contains("$") || text.contains("{")));
    }

    /** Blanks out {@code """ ... """} blocks (queries, scripts) keeping the line count. */
    private static String withoutTextBlocks(String code) {
        var out = new StringBuilder();
        boolean inBlock = false;
        for (String line : code.split("\n", -1)) {
            int quotes = line.split("\"\"\"", -1).length - 1;
            out.append(inBlock || quotes > 0 ? "" : line).append('\n');
            if (quotes % 2 == 1) {
                inBlock = !inBlock;
            }
        }
        return out.toString();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
