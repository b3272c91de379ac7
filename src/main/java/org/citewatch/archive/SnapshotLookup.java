package org.citewatch.archive;

import java.util.Objects;

/** The outcome of looking for a snapshot: a value, never an exception. */
public sealed interface SnapshotLookup {

    /** A usable snapshot. */
    record Found(Snapshot snapshot) implements SnapshotLookup {
        public Found {
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /** The archive answered with no usable capture (asked again after the negative-cache time). */
    record NotArchived() implements SnapshotLookup {}

    /**
     * The archive could not answer this time (an error, an empty availability answer).
     *
     * @param halt {@code true} when the archive keeps refusing (persistent 429s): stop asking it in
     *     this run and continue next run
     */
    record Unavailable(String reason, boolean halt) implements SnapshotLookup {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Not looked up in this run: the step's CDX budget was spent before this lookup needed CDX. The
     * next run asks again (what was learned so far is cached).
     */
    record Deferred(String reason) implements SnapshotLookup {
        public Deferred {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
