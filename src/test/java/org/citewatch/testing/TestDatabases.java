package org.citewatch.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands a test fresh databases, one per folder it names, and drops them after the test. Register it
 * as an instance field: {@code @RegisterExtension final TestDatabases databases = new TestDatabases();}.
 */
public final class TestDatabases implements AfterEachCallback {

    private final Map<Path, DisposableDatabase> byFolder = new LinkedHashMap<>();

    /**
     * The database of the folder, as a JDBC URL: new and empty the first time a folder is named in a
     * test, the same one afterwards (a second process of the same installation).
     *
     * @param folder where an embedded database keeps its files
     */
    public synchronized String at(TestDatabase kind, Path folder) {
        return byFolder.computeIfAbsent(folder, kind::create).url();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        byFolder.values().forEach(DisposableDatabase::close);
        byFolder.clear();
    }
}
