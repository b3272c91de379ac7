package org.citewatch.extract;

import java.util.Iterator;

/** Documents read lazily, one at a time, so that a dump of any size takes constant memory. */
public interface DocumentStream extends Iterator<Document>, AutoCloseable {

    @Override
    void close();
}
