package org.citewatch.history;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Migration 1: the Spring Batch job repository tables, from the script Spring Batch ships for the
 * database in use ({@code org/springframework/batch/core/schema-<vendor>.sql}), rather than a copy
 * that would drift from the framework.
 */
final class BatchSchemaMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "spring batch schema";
    }

    /** No checksum: a Spring Batch upgrade may reformat its script without changing the tables. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String vendor;
        if (product.contains("h2")) {
            vendor = "h2";
        } else if (product.contains("postgres")) {
            vendor = "postgresql";
        } else {
            throw new IllegalStateException("citewatch supports H2 and PostgreSQL, not " + product);
        }
        ScriptUtils.executeSqlScript(
                connection, new ClassPathResource("org/springframework/batch/core/schema-" + vendor + ".sql"));
    }
}
