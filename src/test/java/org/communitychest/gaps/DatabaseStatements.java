package org.communitychest.gaps;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many statements the embedded H2 database ran for a piece of work, whatever ran them (JPA or plain JDBC):
 * H2's own query statistics, reset before the work. The statistics query itself is left out.
 */
public final class DatabaseStatements {

    private DatabaseStatements() {
    }

    public static long count(JdbcTemplate jdbc, Runnable work) {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        work.run();
        Long count = jdbc.queryForObject("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM"
                + " INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'",
                Long.class);
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        return count;
    }
}
