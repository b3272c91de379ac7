package org.citewatch.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional Memento aggregator fallback when the Wayback Machine has no usable capture: picks the
 * memento closest before the target (else after) among those of archives citewatch may suggest.
 * Wayback mementos are replayed like any other; other archives' mementos are offered as listed, since
 * citewatch does not fetch from archives whose limits it does not know.
 */
final class MementoFallback {

    private final MementoClient client;
    private final VerifiedReplays replays;

    MementoFallback(MementoClient client, VerifiedReplays replays) {
        this.client = client;
        this.replays = replays;
    }

    Optional<SnapshotLookup> find(String url, LocalDate target) {
        List<Capture> candidates = new ArrayList<>();
        for (MementoClient.Memento memento : client.around(url, target)) {
            Optional<ArchiveUrl> parsed = ArchiveUrls.parse(memento.uri()).filter(MementoFallback::suggestible);
            parsed.ifPresent(p ->
                    candidates.add(new Capture(Timestamps.format(memento.datetime()), memento.datetime(), p.raw())));
        }
        candidates.sort((a, b) -> a.instant().compareTo(b.instant()));
        for (Capture candidate : SnapshotChooser.candidates(candidates, target)) {
            ArchiveUrl archive = ArchiveUrls.parse(candidate.original()).orElseThrow();
            if (archive.service() == ArchiveService.WAYBACK) {
                ReplayCheck check =
                        replays.verify(archive.timestamp(), archive.originalUrl(), ReplayChecker.Mode.OFFER);
                if (check.status() != ArchiveStatus.VALID) {
                    continue;
                }
            }
            return Optional.of(new SnapshotLookup.Found(new Snapshot(
                    candidate.original(),
                    candidate.instant(),
                    SnapshotSource.MEMENTO,
                    ArchiveStatus.VALID,
                    SnapshotChooser.distanceDays(candidate.instant(), target))));
        }
        return Optional.empty();
    }

    /** archive.today (deprecated) and WebCite (gone) are never suggested; a snapshot needs a timestamp. */
    private static boolean suggestible(ArchiveUrl url) {
        return url.service() != ArchiveService.ARCHIVE_TODAY
                && url.service() != ArchiveService.WEBCITE
                && url.timestamp() != null
                && url.originalUrl() != null;
    }
}
