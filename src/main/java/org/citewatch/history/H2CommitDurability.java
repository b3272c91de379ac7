package org.citewatch.history;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes a commit to an H2 database kept in a file reach the file before it returns. H2 writes
 * committed changes in the background, up to {@code WRITE_DELAY} (500 ms) later, so a {@code kill -9}
 * lost the check results of the last half second although they had been committed, and the resumed
 * run fetched them again (issue 16: between a fifth and a half of what a restart fetched again).
 * Results are committed in batches tens of milliseconds apart, so writing at each commit costs
 * little. The file is written, not synced: a killed process loses nothing; a power cut may lose the
 * last moments, as before.
 *
 * <p>The setting lasts only while the database is open, so every new connection of the pool sets
 * it again ({@code connectionInitSql}). Only an embedded file database is touched: an in-memory one
 * has no file, and on an H2 server the setting needs admin rights the user may not have.
 */
final class H2CommitDurability implements BeanPostProcessor {

    static final String NO_WRITE_DELAY = "SET WRITE_DELAY 0";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // After Spring Boot bound spring.datasource.hikari.*, before the pool's first connection.
        if (bean instanceof HikariDataSource pool
                && pool.getConnectionInitSql() == null
                && isEmbeddedFile(pool.getJdbcUrl())) {
            pool.setConnectionInitSql(NO_WRITE_DELAY);
        }
        return bean;
    }

    /** H2's prefixes of databases that are not a file of this process (memory, server, zip archive). */
    private static final List<String> NOT_AN_OWN_FILE =
            List.of("mem:", "tcp:", "ssl:", "zip:", "memfs:", "memlzf:", "niomemfs:", "niomemlzf:");

    /** {@code jdbc:h2:file:…}, {@code jdbc:h2:./path}, {@code jdbc:h2:nio:…}; not memory, server or zip. */
    static boolean isEmbeddedFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return false;
        }
        String rest = jdbcUrl.substring(8).toLowerCase(Locale.ROOT);
        return NOT_AN_OWN_FILE.stream().noneMatch(rest::startsWith);
    }
}
