package org.communitychest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A colleague's save that lands between a person's reading a record and writing it, as when two people press
 * save at the same moment: the next time the service reads the clock, the row's version moves on in a
 * transaction of its own, so the service's {@code UPDATE ... WHERE version = ?} finds no row.
 */
public final class ConcurrentSaves {

    private ConcurrentSaves() {
    }

    public static void colleagueSavesDuringTheNextCall(TestClock clock, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, String table, long id) {
        var separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        clock.onNextReading(() -> separately.executeWithoutResult(status -> jdbc.update(
                "update " + table + " set version = version + 1 where id = ?", id)));
    }
}
