package org.communitychest;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbExtension.class)
class MariaDbLegacyMailMigrationTest extends LegacyMailMigrationChecks {

    @Override
    String jdbcUrl() {
        return MariaDbExtension.jdbcUrl();
    }

    @Override
    String user() {
        return MariaDbExtension.USER;
    }
}
