package org.citewatch.drift;

/** What the drift step can find about a link that answers: it is alive, but not the cited page. */
public enum DriftKind {
    /**
     * The page at the cited URL no longer is the cited one: its title and main heading share almost
     * nothing with the citation's title, while the archived capture from the citation's time does.
     */
    CONTENT_CHANGED,
    /**
     * The whole host moved to unrelated content (gambling, adult, a domain sale, a content farm, another
     * language than every capture, or one page for every cited path): every citation of it is flagged.
     */
    USURPED
}
