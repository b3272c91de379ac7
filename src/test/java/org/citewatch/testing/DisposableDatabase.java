package org.citewatch.testing;

import java.util.Objects;

/** A database made for one test: its JDBC URL, and how to get rid of it afterwards. */
record DisposableDatabase(String url, Runnable drop) implements AutoCloseable {

    DisposableDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(drop, "drop");
    }

    @Override
    public void close() {
        drop.run();
    }
}
