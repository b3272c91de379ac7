package org.citewatch.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --db}: the history database of {@code audit}, {@code history} and {@code report}. */
final class HistoryDbOption {

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "History database (citewatch.db). Default: jdbc:h2:file:./data/citewatch;"
                    + "AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000. "
                    + "Any JDBC URL works, e.g. jdbc:postgresql://host/citewatch.")
    String db;

    void addTo(Map<String, Object> overrides) {
        overrides.put("spring.datasource.url", db);
    }
}
