package org.citewatch.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveService;
import org.citewatch.archive.ArchiveUrl;
import org.citewatch.archive.ArchiveUrls;
import org.citewatch.archive.CaptureRead;
import org.citewatch.archive.CapturedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of content drift (issue 17): looks at the ALIVE links of a run, host by host, and stores
 * for each citation whether its page changed (CONTENT_CHANGED) or its host changed hands (USURPED).
 * docs/drift.md has the rules.
 *
 * <p>What it costs: the live pages are not fetched again (the check step kept what they said); a
 * capture is read only for a candidate (a citation whose live page shares almost nothing with its
 * title), at most once, through the archive's replay limiter, and kept in the database for good. The
 * capture is the citation's own Wayback link, else the snapshot the archive step chose for it; a
 * candidate with neither is not flagged and costs nothing. Thread-safe for different buckets.
 */
public final class DriftInspector {

    private static final Logger log = LoggerFactory.getLogger(DriftInspector.class);

    private final DriftRepository repository;
    private final ArchiveAdvisor archive;
    private final DriftProperties settings;
    private final DriftJudge judge;
    private final AtomicLong captureRequests = new AtomicLong();

    DriftInspector(DriftRepository repository, ArchiveAdvisor archive, DriftProperties settings) {
        this.repository = repository;
        this.archive = archive;
        this.settings = settings;
        this.judge = new DriftJudge(settings);
    }

    /**
     * Judges and stores the citations of the run's ALIVE links on the hosts of one host bucket,
     * replacing what an earlier attempt stored for them.
     *
     * @return the citations flagged, by citation id
     */
    public Map<Long, DriftFinding> inspect(long runId, int bucket) {
        if (!settings.enabled()) {
            return Map.of();
        }
        Map<String, List<CitedPage>> byHost = repository.alivePages(runId, bucket);
        List<Long> citations = new ArrayList<>();
        Map<Long, DriftFinding> findings = new LinkedHashMap<>();
        byHost.forEach((host, pages) -> {
            pages.forEach(page -> citations.add(page.citationId()));
            findings.putAll(judge.judge(pages, this::capture));
        });
        repository.store(runId, citations, findings);
        return findings;
    }

    /** Archive requests made so far to read captures: what drift cost this process. */
    public long captureRequests() {
        return captureRequests.get();
    }

    private Optional<CapturedPage> capture(CitedPage page) {
        Optional<Capture> source = captureOf(page);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String timestamp = source.get().timestamp();
        String original = source.get().original();
        String key = timestamp + "/" + original;
        Optional<CapturedPage> kept = repository.capture(key);
        if (kept.isPresent()) {
            return kept;
        }
        captureRequests.incrementAndGet();
        CaptureRead read = archive.readCapture(timestamp, original);
        if (read instanceof CaptureRead.Page found) {
            repository.keepCapture(key, found.page());
            return Optional.of(found.page());
        }
        log.debug("no capture page for {}: {}", page.linkUrl(), read);
        return Optional.empty();
    }

    /** The citation's own Wayback capture, else the archive step's snapshot: timestamp and original. */
    private static Optional<Capture> captureOf(CitedPage page) {
        Optional<ArchiveUrl> own = ArchiveUrls.parse(page.archiveUrl())
                .filter(url -> url.service() == ArchiveService.WAYBACK)
                .filter(url -> url.timestamp() != null && url.originalUrl() != null);
        if (own.isPresent()) {
            return Optional.of(new Capture(own.get().timestamp(), own.get().originalUrl()));
        }
        if (page.snapshotAt() != null) {
            return Optional.of(new Capture(ArchiveAdvisor.timestampOf(page.snapshotAt()), page.linkUrl()));
        }
        return Optional.empty();
    }

    /** A capture by its 14-digit timestamp and the archived URL. */
    private record Capture(String timestamp, String original) {}
}
