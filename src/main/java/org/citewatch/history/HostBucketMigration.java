package org.citewatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 12: the links of an existing history get the buckets that {@link Keys#bucket(String)}
 * computes now (hosts spread by Fibonacci hashing, not a plain modulo). A bucket is computed in
 * Java, so this migration is too.
 */
final class HostBucketMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "spread host buckets";
    }

    @Override
    public Integer getChecksum() {
        return 12;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT host FROM cw_link");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE cw_link SET host_bucket = ? WHERE host = ?")) {
            for (String host : hosts) {
                update.setInt(1, Keys.bucket(host));
                update.setString(2, host);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
