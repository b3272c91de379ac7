package org.citewatch.archive;

/** Where a snapshot came from; {@link #label()} is the name used in reports. */
public enum SnapshotSource {
    CITATION("citation"),
    WAYBACK_CDX("wayback-cdx"),
    WAYBACK_AVAILABLE("wayback-available"),
    MEMENTO("memento");

    private final String label;

    SnapshotSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
