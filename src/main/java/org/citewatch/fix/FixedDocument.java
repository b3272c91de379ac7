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

    /** A page of a dump (named by its title) or of a live wiki, not a file of its own. */
    boolean dumpPage() {
        return document.revisionId() != null || !document.name().equals(document.source());
    }

    /** A page of a live wiki (named by its address), read again at the revision the audit read. */
    boolean livePage() {
        return document.wikiPage() != null;
    }

    /** The page title, for a page of a dump or a live wiki; {@code null} for a file. */
    String pageTitle() {
        return livePage() ? document.wikiPage().title() : dumpPage() ? document.name() : null;
    }

    /** The wiki's API endpoint, for a page of a live wiki; {@code null} otherwise. */
    String wiki() {
        return livePage() ? document.wikiPage().wiki() : null;
    }
}
