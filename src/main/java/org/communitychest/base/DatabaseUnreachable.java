package org.communitychest.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The one place that decides whether a failure means "the database cannot be reached" (server down, network cut,
 * no connection within the pool's timeout), as opposed to a bug or a broken rule. Spring, Hibernate, the pool and
 * the driver each wrap the cause differently, so the whole cause chain is read.
 */
public final class DatabaseUnreachable {

    /** SQLState class 08: connection exception (SQL standard; MySQL and MariaDB send 08S01 on a lost link). */
    private static final String CONNECTION_STATE_CLASS = "08";

    private DatabaseUnreachable() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof JDBCConnectionException
                    || t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
