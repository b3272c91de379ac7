package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: what the pool committed to an H2 file database survives a {@code kill -9} of the process. */
class H2CommitDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyCommitThatReturnedSurvivesAKilledProcess() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommittingChild.class.getName(),
                        url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastCommitted = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // Commits for a while (H2's default writes them up to 500 ms later), then killed mid-stream.
            long until = 0;
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.matches("\\d+")) {
                    continue; // the pool's log
                }
                lastCommitted = Long.parseLong(line.strip());
                until = until == 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_000) : until;
                if (System.nanoTime() > until) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL; also when the test fails, so no child outlives it
        }
        assertThat(lastCommitted).as("rows the child reported committed").isGreaterThan(10);
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(lastCommitted);
        }
    }

    @Test
    void everyConnectionOfTheFilePoolWritesAtCommit() throws SQLException {
        try (HikariDataSource pool =
                pool("jdbc:h2:file:" + dir.resolve("settings").toAbsolutePath())) {
            new H2CommitDurability().postProcessAfterInitialization(pool, "dataSource");
            try (Connection c = pool.getConnection();
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                assertThat(values).containsOnly("0");
            }
        }
    }

    @Test
    void leavesAnInitStatementTheUserChose() {
        try (HikariDataSource pool = pool("jdbc:h2:file:./x")) {
            pool.setConnectionInitSql("SET LOCK_TIMEOUT 5000");
            new H2CommitDurability().postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getConnectionInitSql()).isEqualTo("SET LOCK_TIMEOUT 5000");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:file:./data/citewatch;AUTO_SERVER=FALSE, true",
        "jdbc:h2:./data/citewatch, true",
        "jdbc:h2:~/citewatch, true",
        "jdbc:h2:nio:/var/citewatch, true",
        "JDBC:H2:FILE:/var/citewatch, true",
        "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1, false",
        "jdbc:h2:tcp://db.example/citewatch, false",
        "jdbc:h2:ssl://db.example/citewatch, false",
        "jdbc:h2:zip:/backups/citewatch.zip!/citewatch, false",
        "jdbc:postgresql://127.0.0.1/test, false"
    })
    void touchesOnlyAnEmbeddedFileDatabase(String url, boolean touched) {
        try (HikariDataSource pool = pool(url)) {
            new H2CommitDurability().postProcessAfterInitialization(pool, "dataSource");
            assertThat(pool.getConnectionInitSql()).isEqualTo(touched ? H2CommitDurability.NO_WRITE_DELAY : null);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    /** The killed process: commits one row at a time through the pool and prints the count after each. */
    static final class CommittingChild {
        public static void main(String[] args) throws Exception {
            try (HikariDataSource pool = pool(args[0])) {
                new H2CommitDurability().postProcessAfterInitialization(pool, "dataSource");
                try (Connection c = pool.getConnection()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE TABLE T(I BIGINT)");
                    }
                    c.setAutoCommit(false);
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO T VALUES (?)")) {
                        // ends by itself should the test be gone without killing it
                        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                        for (long i = 1; System.nanoTime() < stopAt; i++) {
                            insert.setLong(1, i);
                            insert.executeUpdate();
                            c.commit();
                            System.out.println(i);
                            System.out.flush();
                            Thread.sleep(1);
                        }
                    }
                }
            }
        }
    }
}
