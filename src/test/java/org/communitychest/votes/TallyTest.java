package org.communitychest.votes;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyTest {

    private static final Path ASSEN_2024 = Path.of("src/test/resources/pabulib/Netherlands_Assen_2024.pb");
    private static final String ASSEN_2024_OUTPUT = "3\n9\n2\n11\n13\n14\n5\n6\n12\n\n76700\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheFundedIdsInTheOrderChosenThenABlankLineAndTheTotal() {
        assertThat(tally("tally", ASSEN_2024.toString())).isEqualTo(Tally.OK);
        assertThat(out()).isEqualTo(ASSEN_2024_OUTPUT);
        assertThat(err()).isEmpty();
    }

    @Test
    void theRuleOptionOverridesTheFile() {
        assertThat(tally("tally", ASSEN_2024.toString(), "--rule", "greedy")).isEqualTo(Tally.OK);
        // greedy: 3 (43 approvals), 9 (42), 8 (25), 2 and 11 (24 each, the cheaper first), not 1 (€40,000 of
        // €6,800 left), 13, not 10, 14; then €800 is left, less than any other project
        assertThat(out()).isEqualTo("3\n9\n8\n2\n11\n13\n14\n\n99200\n");
    }

    @Test
    void countsByTheFilesRuleWithoutCompletionToo() {
        assertThat(tally("tally", ASSEN_2024.toString(), "--rule=equalshares")).isEqualTo(Tally.OK);
        assertThat(out()).endsWith("\n\n60700\n");
    }

    @Test
    void anUnknownRuleIsRefused() {
        assertThat(tally("tally", ASSEN_2024.toString(), "--rule", "equalshares/add1-comparison"))
                .isEqualTo(Tally.BAD_USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("tally does not count by rule equalshares/add1-comparison")
                .contains("usage: tally FILE.pb [--rule equalshares/add1|equalshares|greedy]");
    }

    @Test
    void aFileWithoutARuleNeedsTheOption() throws Exception {
        Path file = dir.resolve("no-rule.pb");
        Files.writeString(file, Files.readString(ASSEN_2024).replace("rule;equalshares/add1\r\n", ""));
        assertThat(tally("tally", file.toString())).isEqualTo(Tally.BAD_USAGE);
        assertThat(err()).contains("META names no rule");
    }

    @Test
    void aBadFileIsReportedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("ordinal.pb");
        Files.writeString(file, Files.readString(ASSEN_2024).replace("vote_type;approval", "vote_type;ordinal"));
        assertThat(tally("tally", file.toString())).isEqualTo(Tally.BAD_FILE);
        assertThat(err()).isEqualTo(file + ": line 10 has vote_type other than approval: ordinal\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFileIsABadFile() {
        assertThat(tally("tally", dir.resolve("none.pb").toString())).isEqualTo(Tally.BAD_FILE);
        assertThat(err()).contains("line 0 cannot be read");
    }

    @Test
    void noFileIsBadUsage() {
        assertThat(tally("tally")).isEqualTo(Tally.BAD_USAGE);
        assertThat(err()).startsWith("usage: tally FILE.pb");
    }

    @Test
    void onlyTheWordTallyAsksForATally() {
        assertThat(Tally.isAsked(new String[] {"tally", "x.pb"})).isTrue();
        assertThat(Tally.isAsked(new String[] {"--server.port=8081"})).isFalse();
        assertThat(Tally.isAsked(new String[0])).isFalse();
    }

    /** The count and the command use no Spring class, so that {@code tally} can run before Spring would start. */
    @Test
    void theCountDependsOnNoSpringClass() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitychest.votes");
        ArchRuleDefinition.noClasses().that().resideInAPackage("org.communitychest.votes.count..").or()
                .belongToAnyOf(Tally.class).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
                .check(classes);
    }

    /**
     * Run as the jar's main class would be, in a JVM of its own: with only the project's compiled classes on the
     * class path (no Spring, no Vaadin), the tally still counts.
     */
    @Test
    void tallyRunsWithNothingButTheProjectsClasses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", "target/classes", Tally.class.getName(), "tally",
                ASSEN_2024.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output.replace("\r\n", "\n")).isEqualTo(ASSEN_2024_OUTPUT);
        assertThat(process.exitValue()).isZero();
    }

    /** The application's main method answers {@code tally} itself: no banner, no context, the count only. */
    @Test
    void theApplicationsMainTalliesWithoutStartingSpring() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.communitychest.CommunityChestApplication", "tally", ASSEN_2024.toString()))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output.replace("\r\n", "\n")).isEqualTo(ASSEN_2024_OUTPUT);
        assertThat(process.exitValue()).isZero();
    }

    private int tally(String... args) {
        return Tally.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
