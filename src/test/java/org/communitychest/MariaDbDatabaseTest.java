package org.communitychest;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migrations and round trips on MariaDB with the {@code mysql} profile, against a fresh database that is
 * dropped afterwards. Demo data is asked for explicitly, so seeding is tested there too.
 */
@ExtendWith(MariaDbExtension.class)
@SpringBootTest(classes = {CommunityChestApplication.class, TestClock.Config.class},
        properties = "chest.demo-data.enabled=true")
@ActiveProfiles({"test", "mysql"})
@DirtiesContext
class MariaDbDatabaseTest extends DatabaseRoundTrips {

    /**
     * Seconds only: MySQL Connector/J reads MariaDB 10.11's version as "5.5.5", older than MySQL 5.6.4, and so drops
     * the fractions of a second when it sends a timestamp (the DATETIME(6) columns would keep them). MySQL 8 and
     * MariaDB 11.4+ keep microseconds.
     */
    @Override
    ChronoUnit instantPrecision() {
        return ChronoUnit.SECONDS;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbExtension::jdbcUrl);
    }
}
