package org.citewatch.archive;

/**
 * Which cited Wayback links get a capture check (is the capture a real page?) on top of the format
 * checks every archive URL gets ({@code citewatch.archive.validate-archives}, {@code
 * --validate-archives}).
 */
public enum ValidateArchives {
    /** Citations whose link is dead or tagged dead: there the archive is what a reader gets. */
    DEAD,
    /** Every citation carrying a Wayback link. */
    ALL
}
