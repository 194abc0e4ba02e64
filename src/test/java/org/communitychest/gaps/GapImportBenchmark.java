package org.communitychest.gaps;

import org.communitychest.CommunityChestApplication;
import org.communitychest.MariaDbExtension;
import org.communitychest.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name keeps it out of the build's tests): {@link LargeGapFileImports} on MariaDB
 * (127.0.0.1:3306), in a fresh database. Run it with
 * {@code ./mvnw test -Dtest=GapImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@link GapImportH2Benchmark} does the same on H2.
 */
@ExtendWith(MariaDbExtension.class)
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class},
        properties = "chest.demo-data.enabled=true")
@ActiveProfiles({"test", "mysql"})
@DirtiesContext
class GapImportBenchmark extends LargeGapFileImports {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbExtension::jdbcUrl);
    }

    @Override
    String database() {
        return "MariaDB";
    }
}
