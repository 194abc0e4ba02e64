package org.communitychest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a fresh, empty database on the MariaDB/MySQL server at 127.0.0.1:3306 (user root, no
 * password) and drops it afterwards. Without a server the class is skipped, with the reason, on a developer's
 * machine; in CI ({@code CI=true}) or when asked for with {@code -Dmysql.tests=true} a missing server is a failure.
 *
 * <p>Register it before the Spring extension (put {@code @ExtendWith(MariaDbExtension.class)} above
 * {@code @SpringBootTest}) and mark the class {@code @DirtiesContext}, so the connection pool is closed before the
 * database is dropped.
 */
public class MariaDbExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    /** The server; {@code -Dmysql.server=jdbc:mysql://host:port/} points the tests elsewhere. */
    static final String SERVER = System.getProperty("mysql.server", "jdbc:mysql://127.0.0.1:3306/");
    static final String USER = "root";
    static final String PASSWORD = "";

    private static volatile String database;

    /** The URL of this class's database, as the {@code mysql} profile's URL would be. */
    public static String jdbcUrl() {
        if (database == null) {
            throw new IllegalStateException("MariaDbExtension has not created a database yet");
        }
        return SERVER + database
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&useServerPrepStmts=true"
                + "&rewriteBatchedStatements=true";
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("mysql.tests");
    }

    /** Skips (with the reason) only where the tests are not required and there is no server. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (required()) {
            return ConditionEvaluationResult.enabled("CI=true or -Dmysql.tests=true: the MariaDB tests must run");
        }
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("MySQL/MariaDB server found at " + SERVER);
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled(noServer(e) + ". Skipping the MariaDB tests on this machine;"
                    + " in CI (CI=true) this is a failure.");
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        try (Connection connection = connectOrFail()) {
            String name = "chest_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            connection.createStatement().execute("CREATE DATABASE " + name);
            database = name;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        String name = database;
        database = null;
        if (name != null) {
            try (Connection connection = connectOrFail()) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private static String noServer(SQLException e) {
        return "No MySQL/MariaDB server at " + SERVER + " (user " + USER + ", no password): " + e.getMessage();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + "?connectTimeout=3000&socketTimeout=60000", USER, PASSWORD);
    }

    private static Connection connectOrFail() {
        try {
            return connect();
        } catch (SQLException e) {
            throw new IllegalStateException(noServer(e) + ". Start the server (e.g. start-stop-daemon --start --oknodo"
                    + " --background --exec /usr/sbin/mariadbd).", e);
        }
    }
}
