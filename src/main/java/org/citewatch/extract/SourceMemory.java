package org.citewatch.extract;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a {@link DocumentSource} may remember between runs: the revision stored for each document
 * and, per listing, the time the source listed its documents for a run. {@code audit} keeps them in
 * the history database; {@code extract}, which has none, uses {@link #NONE}.
 */
public interface SourceMemory {

    /** Remembers nothing: every document is read in full, every listing is complete. */
    SourceMemory NONE = new SourceMemory() {
        @Override
        public OptionalLong storedRevision(String documentName) {
            return OptionalLong.empty();
        }

        @Override
        public Optional<Instant> previousMark(String key) {
            return Optional.empty();
        }

        @Override
        public Instant mark(String key, Instant now) {
            return now;
        }
    };

    /** The revision id stored with the document by an earlier run, if any. */
    OptionalLong storedRevision(String documentName);

    /** The time marked for the listing by the latest earlier run that finished, if any. */
    Optional<Instant> previousMark(String key);

    /**
     * Marks the listing's time for this run, once: a resumed run gets back the time first marked, so
     * it lists the same documents in the same order.
     *
     * @return the time marked for this run
     */
    Instant mark(String key, Instant now);
}
