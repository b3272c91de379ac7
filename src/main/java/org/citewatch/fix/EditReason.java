package org.citewatch.fix;

/** Why an edit is made; each names the rescue rule of docs/fix.md it carries out. */
public enum EditReason {
    /** Rule 1: a citation template of a dead link gets its archive parameters. */
    ARCHIVE_ADDED,
    /** Rule 1: a citation template whose archive stands gets its status set to dead. */
    STATUS_SET_DEAD,
    /** Rule 2: a bracketed or bare dead link gets the wiki's archive template after it. */
    ARCHIVE_TEMPLATE_ADDED,
    /** Rules 1 and 2: the dead-link tag of a rescued link goes. */
    DEAD_TAG_REMOVED,
    /** Rule 3: a broken archive is replaced by the snapshot found. */
    BROKEN_ARCHIVE_REPLACED,
    /** Rule 4: a dead link with no snapshot gets a dead-link tag ({@code --tag-unrescued}). */
    UNRESCUED_TAGGED,
    /** Rule 5: the dead-link tag of a link confirmed alive goes ({@code --untag-alive}). */
    STALE_TAG_REMOVED,
    /** Rule 6: a citation template on a usurped host gets its archive and {@code url-status=usurped}. */
    USURPED_ARCHIVED
}
