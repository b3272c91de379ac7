package org.citewatch.drift;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.citewatch.check.PageDigest;

/**
 * One citation of an ALIVE link, as the drift step sees it.
 *
 * @param citationId the stored citation
 * @param citedTitle the title the citation gives, or {@code null}
 * @param linkUrl the normalized URL checked
 * @param archiveUrl the archive URL the citation carries, or {@code null}
 * @param snapshotAt the capture time of the snapshot the archive step chose for the citation, or
 *     {@code null} when it chose none
 * @param live what the page said when it was checked; empty when it said nothing (not HTML)
 */
record CitedPage(
        long citationId,
        String citedTitle,
        String linkUrl,
        String archiveUrl,
        Instant snapshotAt,
        Optional<PageDigest> live) {

    CitedPage {
        Objects.requireNonNull(linkUrl, "linkUrl");
        Objects.requireNonNull(live, "live");
    }

    /** Whether the citation names a title to compare with. */
    boolean hasTitle() {
        return citedTitle != null && !citedTitle.isBlank();
    }

    /** The live page's title, or its heading when it has none; {@code null} when it said nothing. */
    String liveTitle() {
        return live.map(p -> p.title().isBlank() ? p.heading() : p.title())
                .filter(t -> !t.isBlank())
                .orElse(null);
    }
}
