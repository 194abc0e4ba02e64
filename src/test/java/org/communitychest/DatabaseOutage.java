package org.communitychest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database outage on demand: while {@link #begin() begun}, asking the application's connection pool for a
 * connection fails as Hikari does when the server is away and its connection timeout passes. Connections already
 * handed out keep working, as on a real pool until their next use. {@link IntegrationTest} ends it after each test.
 */
public class DatabaseOutage {

    private volatile boolean down;
    private volatile int refusedConnections;

    public void begin() {
        down = true;
    }

    public void end() {
        down = false;
    }

    public boolean isDown() {
        return down;
    }

    /** How many connections were refused since the context started. */
    public int refusedConnections() {
        return refusedConnections;
    }

    private Connection check(ConnectionSource source) throws SQLException {
        if (down) {
            refusedConnections++;
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                    + " after 3000ms (test outage)", "08001");
        }
        return source.get();
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private final class SwitchableDataSource extends DelegatingDataSource {

        SwitchableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return check(super::getConnection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return check(() -> super.getConnection(username, password));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static DatabaseOutage databaseOutage() {
            return new DatabaseOutage();
        }

        /** Wraps the application's data source; every pool, template and transaction manager sees the wrapper. */
        @Bean
        static BeanPostProcessor databaseOutageSwitch(ObjectProvider<DatabaseOutage> outage) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return outage.getObject().new SwitchableDataSource(dataSource);
                    }
                    return bean;
                }
            };
        }
    }
}
