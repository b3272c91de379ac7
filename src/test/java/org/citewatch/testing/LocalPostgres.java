package org.citewatch.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the development and CI machines (127.0.0.1:5432, trust authentication),
 * or the one {@code CITEWATCH_TEST_POSTGRES_URL} names (a JDBC URL whose user may create databases).
 * Every test database is created here and dropped after its test.
 *
 * <p>Where no server answers, the PostgreSQL runs are skipped with a message on a developer's
 * machine, and fail under {@code CI=true}: CI must never pass by not testing the database that shared
 * installations use.
 */
final class LocalPostgres {

    static final String ADMIN_URL = System.getenv()
            .getOrDefault("CITEWATCH_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    /** {@code jdbc:postgresql://host:port/} + database + optional {@code ?parameters}. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    /** A test fails quickly instead of hanging when the server is down. */
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private LocalPostgres() {}

    static DisposableDatabase createDatabase() {
        String name = "citewatch_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        return new DisposableDatabase(urlOf(name), () -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    static String urlOf(String database) {
        Matcher m = URL.matcher(ADMIN_URL);
        if (!m.matches()) {
            throw new IllegalStateException(
                    "CITEWATCH_TEST_POSTGRES_URL is not a jdbc:postgresql:// URL: " + ADMIN_URL);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static void execute(String sql) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            unavailable(sql, e);
        }
    }

    private static void unavailable(String sql, SQLException e) {
        String problem = "PostgreSQL at " + ADMIN_URL + " refused `" + sql + "`: " + e.getMessage();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + " (CI=true: PostgreSQL is required, not skipped)", e);
        }
        Assumptions.abort(problem + "; the PostgreSQL run is skipped outside CI");
    }
}
