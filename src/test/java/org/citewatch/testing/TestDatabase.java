package org.citewatch.testing;

import java.nio.file.Path;

/**
 * The databases citewatch supports, as tests create them: H2 in a folder (the command line's
 * default) and a fresh database on the local PostgreSQL server ({@link LocalPostgres}).
 */
public enum TestDatabase {
    H2 {
        @Override
        DisposableDatabase create(Path dir) {
            String url = "jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath()
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
            // the folder is the test's temporary directory: JUnit deletes it
            return new DisposableDatabase(url, () -> {});
        }
    },
    POSTGRESQL {
        @Override
        DisposableDatabase create(Path dir) {
            return LocalPostgres.createDatabase();
        }
    };

    /** A new, empty database; {@code dir} is where an embedded database keeps its files. */
    abstract DisposableDatabase create(Path dir);
}
