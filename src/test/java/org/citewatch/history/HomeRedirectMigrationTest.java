package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 10: migration V4 renames the stored reason REDIRECT_TO_ROOT to REDIRECT_TO_HOME (the enum no
 * longer knows the old name, so an old history must not keep it) and adds the citation's access
 * marker.
 */
class HomeRedirectMigrationTest {

    @Test
    void renamesStoredRedirectToRootReasonsAndAddsTheAccessColumn() {
        // given: a history written before V4
        DriverManagerDataSource db =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        flyway(db).target("3").load().migrate();
        jdbc.update("INSERT INTO cw_run (id, started_at, inputs) VALUES (1, CURRENT_TIMESTAMP, 'pages/')");
        jdbc.update("INSERT INTO cw_link (id, url, url_key, host, host_bucket, first_seen)"
                + " VALUES (1, 'http://www.mofa.go.kr/ENG/x.jsp', 'k1', 'www.mofa.go.kr', 1, CURRENT_TIMESTAMP),"
                + " (2, 'http://example.org/gone', 'k2', 'example.org', 2, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO cw_check (link_id, run_id, checked_at, verdict, reason, final_url, elapsed_ms,"
                + " bytes_read, attempts, tls_invalid) VALUES"
                + " (1, 1, CURRENT_TIMESTAMP, 'DEAD', 'REDIRECT_TO_ROOT', 'http://www.mofa.go.kr/', 5, 0, 2, FALSE),"
                + " (2, 1, CURRENT_TIMESTAMP, 'DEAD', 'HTTP_404', 'http://example.org/gone', 5, 0, 1, FALSE)");

        // when
        flyway(db).load().migrate();

        // then
        assertThat(jdbc.queryForList("SELECT reason FROM cw_check ORDER BY link_id", String.class))
                .containsExactly("REDIRECT_TO_HOME", "HTTP_404");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CW_CITATION'"
                                + " AND COLUMN_NAME = 'URL_ACCESS'",
                        Integer.class))
                .isEqualTo(1);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource db) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration/common")
                .javaMigrations(new BatchSchemaMigration());
    }
}
