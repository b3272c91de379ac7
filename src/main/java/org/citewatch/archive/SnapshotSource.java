package org.citewatch.archive;

/** Where a snapshot came from; {@link #label()} is the name used in reports. */
public enum SnapshotSource {
    CITATION("citation"),
    WAYBACK_CDX("wayback-cdx"),
    WAYBACK_AVAILABLE("wayback-available"),
    MEMENTO("memento"),
    /** A capture citewatch had Save Page Now make of an ALIVE link that had none. */
    SAVE_PAGE_NOW("save-page-now"),
    /** The capture the drift step read to compare a live page with the cited one (issue 17). */
    DRIFT("drift");

    private final String label;

    SnapshotSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
