package org.citewatch.wiki;

import java.time.Instant;

/**
 * The current revision of a page, as the API gave it.
 *
 * @param title the page's title (normalised, redirects resolved)
 * @param text the wikitext, or {@code null} when only ids were asked for
 */
record Revision(String title, long pageId, long revisionId, Instant timestamp, String text) {}
