package org.citewatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;

/**
 * The ready-to-paste fix for one citation, in the form its document needs:
 *
 * <ul>
 *   <li>a citation template gets parameters: {@code |archive-url=... |archive-date=... |url-status=dead};
 *   <li>a bracketed, bare or infobox link gets {@code {{webarchive|url=...|date=...}}} after it, or
 *       {@code {{dead link|date=Month YYYY}}} when no snapshot exists;
 *   <li>an HTML page or URL list gets the archive URL itself.
 * </ul>
 *
 * Dates are written the way the citation's page writes them ({@link CitationReport#dateStyle}, issue 10):
 * {@code |archive-date=2009年5月30日} and {@code {{dead link|date=2026年12月}}} on a Chinese page,
 * {@code 30 May 2009} under {@code {{use dmy dates}}}, ISO days on an English page that gives no hint.
 * URLs are percent-encoded where wikitext would otherwise cut them ({@code | [ ] { } <>}, spaces).
 *
 * <p>A citation tagged dead that answers ({@link ProblemKind#TAGGED_DEAD_ALIVE}) gets no fix: whether
 * the tag is stale or the page only looks alive is for an editor to judge.
 */
public final class FixSuggestion {

    private FixSuggestion() {}

    /**
     * @return the wikitext (or URL) to paste, or empty when the citation needs no change or none can
     *     be suggested (an unknown verdict, a dead link already tagged with no snapshot to offer, a
     *     citation marked {@code {{cbignore}}}, a cited archive copy)
     */
    public static Optional<String> forCitation(LinkReport link, CitationReport citation) {
        if (citation.citation().ignored() || citation.citation().citedAsArchive()) {
            // {{cbignore}}: editors asked bots to leave it alone. A cited archive copy needs its URL
            // itself rewritten, which none of the forms below does.
            return Optional.empty();
        }
        Optional<Snapshot> fallback = CitationRow.fallbackOf(link, citation);
        ProblemKind kind = CitationRow.kindOf(link, citation, fallback.isPresent());
        Citation cited = citation.citation();
        Form form = Form.of(cited.template());
        DateStyle style = citation.dateStyle();
        switch (kind) {
            case DEAD_UNARCHIVED:
                return cited.markedDead() || form == Form.DOCUMENT
                        ? Optional.empty()
                        : Optional.of(deadLinkTag(link.checkedAt(), style));
            case DEAD_FALLBACK:
                return Optional.of(addArchive(form, fallback.get(), "dead", style));
            case DEAD_ARCHIVED:
                return form == Form.TEMPLATE && !cited.markedDead()
                        ? Optional.of("|url-status=dead")
                        : Optional.empty();
            case MARKED_LIVE_DEAD:
                return Optional.of("|url-status=dead");
            case BAD_ARCHIVE:
                return replaceArchive(link, citation, form, fallback, style);
            case USURPED:
                return usurped(citation, form, fallback, style);
            default:
                return Optional.empty();
        }
    }

    /**
     * A usurped host's citation points readers at its archive: {@code |url-status=usurped} (which hides
     * the original link) with the citation's own archive, else the snapshot found, else the capture the
     * drift step read; a plain link gets the archive template. A changed page (CONTENT_CHANGED) gets no
     * paste-ready fix: whether the capture supports the text is an editor's call.
     */
    private static Optional<String> usurped(
            CitationReport citation, Form form, Optional<Snapshot> fallback, DateStyle style) {
        boolean ownArchive = citation.citation().archiveUrl() != null
                && (citation.archiveStatus() == null || citation.archiveStatus() == ArchiveStatus.VALID);
        if (form == Form.TEMPLATE && ownArchive) {
            return Optional.of("|url-status=usurped");
        }
        if (ownArchive) {
            return Optional.empty(); // a plain link with its archive template already
        }
        if (fallback.isPresent()) {
            return Optional.of(addArchive(form, fallback.get(), "usurped", style));
        }
        return Optional.ofNullable(citation.drift())
                .filter(d -> d.captureUrl() != null)
                .map(d -> addArchive(form, d.captureUrl(), d.capturedAt(), "usurped", style));
    }

    private static Optional<String> replaceArchive(
            LinkReport link, CitationReport citation, Form form, Optional<Snapshot> fallback, DateStyle style) {
        if (fallback.isPresent()) {
            String status = link.verdict() == Verdict.ALIVE ? "live" : null;
            return Optional.of(addArchive(form, fallback.get(), status, style));
        }
        Snapshot own = citation.snapshot();
        // Only the date is wrong: the archive itself is fine, so correct the date to the capture's.
        if (citation.archiveStatus() == ArchiveStatus.DATE_MISMATCH
                && form == Form.TEMPLATE
                && own != null
                && own.source() == SnapshotSource.CITATION) {
            return Optional.of("|archive-date=" + style.day(day(own.timestamp())));
        }
        return Optional.empty();
    }

    private static String addArchive(Form form, Snapshot snapshot, String urlStatus, DateStyle style) {
        return addArchive(form, snapshot.url(), snapshot.timestamp(), urlStatus, style);
    }

    private static String addArchive(
            Form form, String archiveUrl, Instant capturedAt, String urlStatus, DateStyle style) {
        String url = wikiSafe(archiveUrl);
        String date = style.day(day(capturedAt));
        switch (form) {
            case TEMPLATE:
                return "|archive-url=" + url + " |archive-date=" + date
                        + (urlStatus == null ? "" : " |url-status=" + urlStatus);
            case LINK:
                return "{{webarchive|url=" + url + "|date=" + date + "}}";
            default:
                return archiveUrl;
        }
    }

    private static String deadLinkTag(Instant checkedAt, DateStyle style) {
        return checkedAt == null
                ? "{{dead link}}"
                : "{{dead link|date=" + style.month(YearMonth.from(day(checkedAt))) + "}}";
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Percent-encodes what would end a URL or a template parameter in wikitext. */
    static String wikiSafe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '|' -> out.append("%7C");
                case '[' -> out.append("%5B");
                case ']' -> out.append("%5D");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** How a citation is written, which decides the shape of its fix. */
    private enum Form {
        /** {@code {{cite web}}}, {@code {{citation}}} and other templates with parameters. */
        TEMPLATE,
        /** Bracketed, bare and infobox links in wikitext. */
        LINK,
        /** HTML pages and URL lists: no wikitext around the link. */
        DOCUMENT;

        static Form of(String template) {
            switch (template.toLowerCase(Locale.ROOT)) {
                case "bracketed":
                case "bare":
                case "infobox":
                    return LINK;
                case "html":
                case "list":
                    return DOCUMENT;
                default:
                    return TEMPLATE;
            }
        }
    }
}
