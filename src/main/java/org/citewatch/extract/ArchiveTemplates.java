package org.citewatch.extract;

import java.util.Map;
import java.util.Optional;
import org.citewatch.url.UrlNormalizer;

/**
 * Reads an archive template ({@code {{webarchive}}}, {@code {{Wayback}}}, {@code {{WebCite}}}, de
 * {@code {{Webarchiv}}} and their redirects) into the archive it names. Two shapes exist, told apart
 * by what {@code url=} holds rather than by the template's name, since wikis redirect one name to the
 * other:
 *
 * <ul>
 *   <li>{@code url=} is an archive URL ({@code {{webarchive|url=https://web.archive.org/web/2016.../http://x}}},
 *       {@code {{WebCite|url=https://www.webcitation.org/5xyz}}}): that is the archive; {@code date=} its date;
 *   <li>{@code url=} is the original ({@code {{Wayback|url=http://x|date=20080101123456}}}, de
 *       {@code {{Webarchiv|url=http://x|wayback=20080101}}}): the archive URL is built from it and the
 *       timestamp ({@code date=}/{@code wayback=}: {@code https://web.archive.org/web/D/U}; de
 *       {@code archive-is=}: archive.today; {@code webciteID=}: WebCite).
 * </ul>
 *
 * Only the first archive counts: {@code url2=}..{@code url10=} (with {@code date2=}..) are further copies
 * of the same original, never citations of their own.
 */
final class ArchiveTemplates {

    /**
     * What an archive template names.
     *
     * @param archiveUrl the archive copy
     * @param archiveDate its date, or {@code null}
     * @param written the URL as written in {@code url=}: the archive URL or the original
     * @param writtenAt offset of {@code written} in the document
     * @param original the original the archive is a copy of, or {@code null} when the archive URL does not
     *     name it ({@code archive.ph/x2vQs}, a WebCite id)
     * @param title the template's {@code title=}, or {@code null}
     */
    record Reading(
            String archiveUrl, CitationDate archiveDate, String written, int writtenAt, String original, String title) {

        /** Whether {@code url=} holds the archive URL, not the original. */
        boolean writesArchive() {
            return written.equals(archiveUrl);
        }
    }

    private final TemplateValues values;

    ArchiveTemplates(TemplateValues values) {
        this.values = values;
    }

    /** The archive the template names; empty when it has no URL in {@code url=} (or {@code 1=}). */
    Optional<Reading> read(TemplateCall call) {
        Map<String, TemplateCall.Param> byKey = TemplateValues.byKey(call);
        TemplateCall.Param urlParam = byKey.getOrDefault("url", byKey.get("1"));
        if (urlParam == null) {
            return Optional.empty();
        }
        char[] a = values.text();
        int start = TextSpans.skipSpace(a, urlParam.valueStart(), urlParam.valueEnd());
        int end = start;
        while (end < urlParam.valueEnd() && !Character.isWhitespace(a[end])) {
            end++;
        }
        String written = TextSpans.text(a, start, end);
        if (!looksLikeUrl(written)) {
            return Optional.empty(); // empty, or built by a template that only MediaWiki can expand
        }
        String title = values.clean(byKey.get("title"));
        CitationDate date = values.date(byKey.get("date"), "archive date");
        if (ArchiveCopies.isArchive(written) || !namesOriginal(call, byKey)) {
            Optional<ArchiveCopies.Copy> copy = ArchiveCopies.of(written);
            CitationDate archiveDate = date != null
                    ? date
                    : copy.map(ArchiveCopies.Copy::date).orElse(CitationDates.fromArchiveUrl(written));
            return Optional.of(new Reading(
                    written,
                    archiveDate,
                    written,
                    start,
                    copy.map(ArchiveCopies.Copy::original).orElse(null),
                    title));
        }
        // url= is the original: the archive URL comes from the timestamp parameters
        TemplateCall.Param stampParam = byKey.getOrDefault("date", byKey.get("wayback"));
        CitationDate archiveDate = date != null ? date : values.date(stampParam, "archive date");
        String waybackStamp = ArchiveCopies.timestamp(values.clean(stampParam));
        String archiveIs = ArchiveCopies.timestamp(values.clean(byKey.get("archiveis")));
        String webCiteId = values.clean(byKey.get("webciteid"));
        String archiveUrl;
        if (waybackStamp == null && archiveIs != null) {
            archiveUrl = ArchiveCopies.archiveToday(written, archiveIs);
            archiveDate = CitationDates.parse(archiveIs);
        } else if (waybackStamp == null && webCiteId != null) {
            archiveUrl = ArchiveCopies.webCite(webCiteId);
        } else {
            archiveUrl = ArchiveCopies.wayback(written, waybackStamp);
        }
        return Optional.of(new Reading(archiveUrl, archiveDate, written, start, written, title));
    }

    /**
     * Whether {@code url=} holds the original rather than an archive of an unknown service: the
     * {@code {{Wayback}}} family by name, or a template given a Wayback timestamp ({@code date=} in
     * digits) or de {@code {{Webarchiv}}}'s {@code wayback=}, {@code archive-is=}, {@code webciteID=}.
     */
    private boolean namesOriginal(TemplateCall call, Map<String, TemplateCall.Param> byKey) {
        if (NameMatcher.key(call.name()).startsWith("wayback")) {
            return true;
        }
        String date = values.clean(byKey.get("date"));
        boolean timestamp = date != null && date.length() >= 4 && date.chars().allMatch(c -> c >= '0' && c <= '9');
        return timestamp
                || byKey.containsKey("wayback")
                || byKey.containsKey("archiveis")
                || byKey.containsKey("webciteid");
    }

    /** A URL with a scheme, protocol-relative, or a bare host ({@code www.example.org/page}). */
    private static boolean looksLikeUrl(String text) {
        return !text.isEmpty()
                && (UrlNormalizer.schemeEnd(text) > 0
                        || text.startsWith("//")
                        || CitationTemplates.looksLikeHost(text));
    }
}
