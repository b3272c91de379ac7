package org.citewatch.extract;

import java.util.Locale;
import java.util.Optional;
import org.citewatch.archive.ArchiveUrl;
import org.citewatch.archive.ArchiveUrls;
import org.citewatch.url.UrlNormalizer;

/**
 * Archive copies as citations name them: a cited URL that is itself a capture
 * ({@code https://web.archive.org/web/2006.../http://www.state.gov/...}) read back to the original it
 * archives, and the archive URLs that archive templates such as {@code {{Wayback|url=U|date=D}}} build
 * from an original and a timestamp. Recognising an archive URL is the archive feature's
 * ({@link ArchiveUrls}); this class only decides what that means for a citation.
 */
final class ArchiveCopies {

    /**
     * Host fragments of every archive that names the original in its URLs; any other URL is not even
     * parsed, as nearly all cited URLs are not archive copies and extraction runs over whole dumps.
     */
    private static final String[] ARCHIVE_HOST_HINTS = {"archive", "webcitation.", "arquivo.", "wikiwix."};

    private static final String WAYBACK = "https://web.archive.org/web/";
    private static final String ARCHIVE_TODAY = "https://archive.today/";
    private static final String WEBCITE = "https://www.webcitation.org/";

    /**
     * A capture read back to its original.
     *
     * @param original the archived URL, with {@code http://} added when the archive URL spells it without
     *     a scheme
     * @param date the capture date from a full 14-digit timestamp in the URL, or {@code null}
     */
    record Copy(String original, CitationDate date) {}

    private ArchiveCopies() {}

    /**
     * The original that {@code citedUrl} is an archive copy of, when it is the URL of a known archive that
     * names an http(s) original; empty for any other URL (and for archive URLs that name none, such as
     * {@code archive.ph/x2vQs}).
     */
    static Optional<Copy> of(String citedUrl) {
        if (!mayBeArchive(citedUrl)) {
            return Optional.empty();
        }
        Optional<ArchiveUrl> parsed = ArchiveUrls.parse(citedUrl);
        if (parsed.isEmpty() || parsed.get().originalUrl() == null) {
            return Optional.empty();
        }
        String original = withScheme(parsed.get().originalUrl());
        if (original == null) {
            return Optional.empty();
        }
        String timestamp = parsed.get().timestamp();
        CitationDate date = timestamp != null && citedUrl.contains(timestamp) ? CitationDates.parse(timestamp) : null;
        if (date != null && date.precision() == CitationDate.Precision.UNPARSED) {
            date = null;
        }
        return Optional.of(new Copy(original, date));
    }

    /** Whether {@code url} is the URL of a known archive (a capture, a listing, an id form). */
    static boolean isArchive(String url) {
        return mayBeArchive(url) && ArchiveUrls.parse(url).isPresent();
    }

    /**
     * The Wayback URL of {@code original} at {@code timestamp} ({@code https://web.archive.org/web/D/U});
     * without a timestamp, the archive's list of captures ({@code /web/*\/U}), which is what such a
     * template links to.
     */
    static String wayback(String original, String timestamp) {
        return WAYBACK + (timestamp == null ? "*" : timestamp) + "/" + original;
    }

    /** The archive.today capture of {@code original} at {@code timestamp} (de {@code {{Webarchiv|archive-is=}}}). */
    static String archiveToday(String original, String timestamp) {
        return ARCHIVE_TODAY + timestamp + "/" + original;
    }

    /** The WebCite copy with this id (de {@code {{Webarchiv|webciteID=}}}). */
    static String webCite(String id) {
        return WEBCITE + id;
    }

    /**
     * The digits of a timestamp as a template gives it: digits as written ({@code 20080101123456},
     * {@code 2008}), or a date in any form {@link CitationDates} reads, at its precision; {@code null}
     * when there is none.
     */
    static String timestamp(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (!value.isEmpty() && value.length() <= 14 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value;
        }
        CitationDate date = CitationDates.parse(value);
        return switch (date.precision()) {
            case DAY -> date.value().toString().replace("-", "");
            case MONTH -> date.value().toString().substring(0, 7).replace("-", "");
            case YEAR -> date.value().toString().substring(0, 4);
            case UNPARSED -> null;
        };
    }

    private static boolean mayBeArchive(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String hint : ARCHIVE_HOST_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** http(s) originals as they are, a scheme-less {@code host/path} as http; other schemes none. */
    private static String withScheme(String original) {
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return original;
        }
        if (lower.startsWith("//")) {
            return "https:" + original;
        }
        return UrlNormalizer.schemeEnd(original) < 0 && CitationTemplates.looksLikeHost(original)
                ? "http://" + original
                : null;
    }
}
