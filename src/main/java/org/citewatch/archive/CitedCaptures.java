package org.citewatch.archive;

import java.util.List;
import java.util.Optional;

/**
 * Checks the capture behind a citation's own Wayback link as cheaply as the data allows: a verdict
 * already in the database, the URL's CDX rows already fetched (a 200 capture at exactly that
 * timestamp), or a batched Availability line asking for exactly that timestamp; a replay only when
 * none of these settles it. A capture listed as a 200 is taken as a real page; only a replay would
 * see a captured error page behind a 200, and it is spent where the data is silent.
 */
final class CitedCaptures {

    private final VerifiedReplays replays;
    private final SnapshotFinder finder;

    CitedCaptures(VerifiedReplays replays, SnapshotFinder finder) {
        this.replays = replays;
        this.finder = finder;
    }

    /**
     * @param citedUrl the citation's normalized URL, under which its CDX rows are kept
     * @return the verdict when data already fetched settles it; empty otherwise
     */
    Optional<ArchiveStatus> fromData(String citedUrl, ArchiveUrl archive) {
        Optional<ReplayCheck> known =
                replays.known(archive.timestamp(), archive.originalUrl(), ReplayChecker.Mode.VALIDATE);
        if (known.isPresent()) {
            return Optional.of(known.get().status());
        }
        List<Capture> captures = finder.knownCaptures(citedUrl).orElse(List.of());
        if (captures.stream().anyMatch(c -> c.timestamp().equals(archive.timestamp()))) {
            return Optional.of(listed(archive, "CDX lists a 200 capture at this timestamp"));
        }
        return Optional.empty();
    }

    /** The Availability line asking for exactly the cited timestamp: its 200 capture at that time settles it. */
    Optional<ArchiveStatus> fromAvailability(ArchiveUrl archive, Optional<AvailabilityClient.Hit> answer) {
        if (answer.isPresent() && answer.get().timestamp().equals(archive.timestamp())) {
            return Optional.of(listed(archive, "the Availability API lists a 200 capture at this timestamp"));
        }
        return Optional.empty();
    }

    /** The replay of the capture, in VALIDATE mode (a redirect to another capture of the page is fine). */
    ArchiveStatus replay(ArchiveUrl archive) {
        return replays.verify(archive.timestamp(), archive.originalUrl(), ReplayChecker.Mode.VALIDATE)
                .status();
    }

    /** The Availability line that asks about exactly the cited capture. */
    static AvailabilityClient.Line line(ArchiveUrl archive) {
        return new AvailabilityClient.Line(archive.originalUrl(), archive.timestamp(), null);
    }

    private ArchiveStatus listed(ArchiveUrl archive, String reason) {
        ReplayCheck check = ReplayCheck.valid(reason);
        replays.remember(archive.timestamp(), archive.originalUrl(), ReplayChecker.Mode.VALIDATE, check);
        return check.status();
    }
}
