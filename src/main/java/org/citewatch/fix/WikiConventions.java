package org.citewatch.fix;

import java.util.Objects;

/**
 * How one wiki writes a rescue (InternetArchiveBot's conventions; see docs/fix.md).
 *
 * @param archiveTemplate the template appended after a bracketed or bare link ({@code Webarchive})
 * @param deadLinkTemplate the tag added to a dead link with no snapshot ({@code Dead link})
 * @param archiveUrlParam the archive URL parameter written into a citation template that has none
 * @param archiveDateParam the archive date parameter written with it
 * @param urlStatusParam the status parameter written with it (its value is {@code dead}, or {@code yes}
 *     when the name is an old {@code deadurl})
 *
 *
 */
public record WikiConventions(
        String archiveTemplate,
        String deadLinkTemplate,
        String archiveUrlParam,
        String archiveDateParam,
        String urlStatusParam) {

    public WikiConventions {
        Objects.requireNonNull(archiveTemplate, "archiveTemplate");
        Objects.requireNonNull(deadLinkTemplate, "deadLinkTemplate");
        Objects.requireNonNull(archiveUrlParam, "archiveUrlParam");
        Objects.requireNonNull(archiveDateParam, "archiveDateParam");
        Objects.requireNonNull(urlStatusParam, "urlStatusParam");
    }

    /** English Wikipedia: CS1's first aliases and {@code {{webarchive}}}. */
    static WikiConventions english() {
        return new WikiConventions("webarchive", "Dead link", "archive-url", "archive-date", "url-status");
    }

    /**
     * Chinese Wikipedia: {@code {{Webarchive}}} and {@code {{Dead link}}} as InternetArchiveBot writes
     * them there; the current CS1 names, which zh's CS1 accepts.
     */
    static WikiConventions chinese() {
        return new WikiConventions("Webarchive", "Dead link", "archive-url", "archive-date", "url-status");
    }
}
