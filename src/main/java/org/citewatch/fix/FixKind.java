package org.citewatch.fix;

/** The kinds of fix {@code --only} chooses from. */
public enum FixKind {
    /** Rules 1 and 2: dead links get their archive. */
    DEAD,
    /** Rule 3: broken archives are replaced. */
    ARCHIVES,
    /** Rules 4 and 5: dead-link tags added or removed (each also needs its own option). */
    TAGS,
    /** Rule 6: citations of a usurped host point at their archive with {@code url-status=usurped}. */
    USURPED
}
