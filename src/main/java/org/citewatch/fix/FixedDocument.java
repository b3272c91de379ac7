package org.citewatch.fix;

import java.util.Objects;
import org.citewatch.extract.Document;

/**
 * A page with its fixes, as re-read for the fix.
 *
 * @param document the page as read again (its text equals what the audit read)
 * @param fix the fixes worked out for it
 * @param bom whether the file starts with a byte order mark (kept when the patch is applied)
 */
record FixedDocument(Document document, DocumentFix fix, boolean bom) {

    FixedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(fix, "fix");
    }

    String patchedText() {
        return Patch.apply(document.text(), fix.edits());
    }

    /** A dump's page (named by its title), not a file of its own. */
    boolean dumpPage() {
        return document.revisionId() != null || !document.name().equals(document.source());
    }

    /** The page title, for a dump page; {@code null} for a file. */
    String pageTitle() {
        return dumpPage() ? document.name() : null;
    }
}
