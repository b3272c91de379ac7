package org.citewatch.fix;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
 * @param tagDatePattern the {@link DateTimeFormatter} pattern of a dead-link tag's month
 *     ({@code MMMM yyyy}: June 2018; {@code yyyy年M月}: 2018年6月)
 * @param locale the locale of the tag date's month names (a BCP 47 tag)
 */
public record WikiConventions(
        String archiveTemplate,
        String deadLinkTemplate,
        String archiveUrlParam,
        String archiveDateParam,
        String urlStatusParam,
        String tagDatePattern,
        String locale) {

    public WikiConventions {
        Objects.requireNonNull(archiveTemplate, "archiveTemplate");
        Objects.requireNonNull(deadLinkTemplate, "deadLinkTemplate");
        Objects.requireNonNull(archiveUrlParam, "archiveUrlParam");
        Objects.requireNonNull(archiveDateParam, "archiveDateParam");
        Objects.requireNonNull(urlStatusParam, "urlStatusParam");
        Objects.requireNonNull(tagDatePattern, "tagDatePattern");
        Objects.requireNonNull(locale, "locale");
        DateTimeFormatter.ofPattern(tagDatePattern); // fails at start-up, naming the pattern, when invalid
    }

    /** English Wikipedia: CS1's first aliases, {@code {{webarchive}}}, {@code date=June 2018}. */
    static WikiConventions english() {
        return new WikiConventions(
                "webarchive", "Dead link", "archive-url", "archive-date", "url-status", "MMMM yyyy", "en");
    }

    /**
     * Chinese Wikipedia: {@code {{Webarchive}}}, {@code {{Dead link|date=2018年6月}}} as
     * InternetArchiveBot writes them there; the current CS1 names, which zh's CS1 accepts.
     */
    static WikiConventions chinese() {
        return new WikiConventions(
                "Webarchive", "Dead link", "archive-url", "archive-date", "url-status", "yyyy年M月", "zh");
    }

    DateTimeFormatter tagDateFormat() {
        return DateTimeFormatter.ofPattern(tagDatePattern, Locale.forLanguageTag(locale));
    }
}
