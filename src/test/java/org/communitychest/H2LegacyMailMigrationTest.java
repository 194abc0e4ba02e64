package org.communitychest;

import java.util.UUID;

class H2LegacyMailMigrationTest extends LegacyMailMigrationChecks {

    private final String url = "jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Override
    String jdbcUrl() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }
}
