package org.citewatch.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a document read from a live wiki comes from: the revision of the page it holds, which a fix
 * is based on (an edit conflicts when the page has moved on) and which the next run compares to skip
 * pages that did not change.
 *
 * @param wiki the wiki's API endpoint ({@code https://zh.wikipedia.org/w/api.php})
 * @param title the page title as the wiki spells it (normalised, redirects resolved)
 * @param pageId the wiki's page id
 * @param revisionId the revision whose text the document holds
 * @param timestamp when that revision was saved
 * @param unchanged {@code true} when the revision is the one an earlier run stored: its text was not
 *     fetched again (the document's text is empty) and the stored citations stand
 * @param site what the wiki says of itself: content language and its names of the dead-link and
 *     archive templates ({@link WikiSite#UNKNOWN} for a page read back from the database)
 */
public record WikiPage(
        String wiki, String title, long pageId, long revisionId, Instant timestamp, boolean unchanged, WikiSite site) {

    public WikiPage {
        Objects.requireNonNull(wiki, "wiki");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(site, "site");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a wiki page needs a title");
        }
    }
}
