package org.communitychest.gaps;

import java.io.IOException;
import java.nio.file.Path;
import org.communitychest.CommunityChestApplication;
import org.communitychest.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark, not a test: {@link LargeGapFileImports} on H2 in MySQL mode, in a file of its own as the portal keeps
 * it by default (the tests' in-memory database would hold every figure on the heap), under {@code target/}. Run it with
 * {@code ./mvnw test -Dtest=GapImportH2Benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class})
@ActiveProfiles("test")
@DirtiesContext
class GapImportH2Benchmark extends LargeGapFileImports {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Path.of("target", "gap-benchmark-h2"); // not user text: a folder mvn clean removes
        FileSystemUtils.deleteRecursively(folder);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath().resolve("chest")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Override
    String database() {
        return "H2";
    }
}
