package org.citewatch.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;

/**
 * Judges the archive link a citation carries, first problem wins: unknown archive, a deprecated or
 * dead archive service, no timestamp, a date before the Wayback Machine existed or in the future, an
 * archive of another URL, an archive-date that disagrees with the timestamp, and finally (Wayback
 * links only) a replay in {@code id_} mode that shows a redirect, a 404 or an error page.
 */
final class ArchiveLinkValidator {

    /** Nothing was archived on the web before 1996 (the Wayback Machine's first crawls). */
    static final Instant EARLIEST = LocalDate.of(1996, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** Services whose archive URLs carry the capture time; the others use ids ({@code perma.cc/ABCD-1234}). */
    private static final Set<ArchiveService> TIMESTAMPED = EnumSet.of(
            ArchiveService.WAYBACK,
            ArchiveService.ARCHIVE_IT,
            ArchiveService.ARQUIVO_PT,
            ArchiveService.UK_WEB_ARCHIVE,
            ArchiveService.LIBRARY_OF_CONGRESS);

    private final Optional<VerifiedReplays> replays;
    private final Clock clock;

    /** @param replays present when Wayback links are to be replayed */
    ArchiveLinkValidator(Optional<VerifiedReplays> replays, Clock clock) {
        this.replays = replays;
        this.clock = clock;
    }

    /** @return the verdict, or {@code null} when the citation carries no archive URL */
    ArchiveStatus validate(Citation citation) {
        Format format = judgeFormat(citation);
        if (format == null) {
            return null;
        }
        if (format.capture().isPresent() && replays.isPresent()) {
            ArchiveUrl archive = format.capture().get();
            return replays.get()
                    .verify(archive.timestamp(), archive.originalUrl(), ReplayChecker.Mode.VALIDATE)
                    .status();
        }
        return format.status();
    }

    /**
     * The verdict of the checks that cost nothing: what the archive URL says about itself.
     *
     * @param status the first problem found, or VALID
     * @param capture the Wayback capture whose status is still to be checked (present only with
     *     VALID): a replay, or data already fetched, tells whether it is a real page
     */
    record Format(ArchiveStatus status, Optional<ArchiveUrl> capture) {}

    /** @return the format verdict, or {@code null} when the citation carries no archive URL */
    Format judgeFormat(Citation citation) {
        if (citation.archiveUrl() == null || citation.archiveUrl().isBlank()) {
            return null;
        }
        Optional<ArchiveUrl> parsed = ArchiveUrls.parse(citation.archiveUrl());
        if (parsed.isEmpty()) {
            return bad(ArchiveStatus.UNRECOGNISED);
        }
        ArchiveUrl archive = parsed.get();
        if (archive.service() == ArchiveService.ARCHIVE_TODAY) {
            return bad(ArchiveStatus.DEPRECATED_ARCHIVE);
        }
        if (archive.service() == ArchiveService.WEBCITE) {
            return bad(ArchiveStatus.DEAD_ARCHIVE_SERVICE);
        }
        Optional<Instant> captured = Timestamps.parse(archive.timestamp());
        if (captured.isEmpty() && TIMESTAMPED.contains(archive.service())) {
            return bad(ArchiveStatus.MISSING_TIMESTAMP);
        }
        if (captured.isPresent() && outOfRange(captured.get())) {
            return bad(ArchiveStatus.DATE_OUT_OF_RANGE);
        }
        if (archive.service() == ArchiveService.WAYBACK && archive.originalUrl() == null) {
            // /web/<timestamp>/ with nothing after it is a snapshot of no page at all
            return bad(ArchiveStatus.ORIGINAL_MISMATCH);
        }
        if (archive.originalUrl() != null
                && !UrlEquivalence.same(archive.originalUrl(), citation.url())
                && !UrlEquivalence.same(archive.originalUrl(), citation.normalizedUrl())) {
            return bad(ArchiveStatus.ORIGINAL_MISMATCH);
        }
        if (captured.isPresent() && dateMismatch(citation.archiveDate(), Timestamps.utcDate(captured.get()))) {
            return bad(ArchiveStatus.DATE_MISMATCH);
        }
        boolean checkable = archive.service() == ArchiveService.WAYBACK && archive.originalUrl() != null;
        return new Format(ArchiveStatus.VALID, checkable ? Optional.of(archive) : Optional.empty());
    }

    /** Whether capture checks (replays, or data already fetched) are made at all ({@code check-replays}). */
    boolean checksCaptures() {
        return replays.isPresent();
    }

    private static Format bad(ArchiveStatus status) {
        return new Format(status, Optional.empty());
    }

    private boolean outOfRange(Instant captured) {
        // a day of slack: the archive's UTC date may be ahead of the local clock's
        return captured.isBefore(EARLIEST) || captured.isAfter(clock.instant().plus(1, ChronoUnit.DAYS));
    }

    /** More than a day apart for a full date; outside the month or year for a partial one. */
    static boolean dateMismatch(CitationDate archiveDate, LocalDate captured) {
        if (archiveDate == null || archiveDate.value() == null) {
            return false;
        }
        LocalDate date = archiveDate.value();
        return switch (archiveDate.precision()) {
            case DAY -> Math.abs(ChronoUnit.DAYS.between(date, captured)) > 1;
            case MONTH -> !YearMonth.from(date).equals(YearMonth.from(captured));
            case YEAR -> date.getYear() != captured.getYear();
            case UNPARSED -> false;
        };
    }
}
