package org.citewatch.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.citewatch.history.DueLink;
import org.citewatch.history.HistoryReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the checks of a run's due links while the extract step is still reading, as soon as the
 * documents citing them are committed, so that the network is busy from the first chunk on instead
 * of after the last. Each result is stored as soon as it is known ({@link CheckResultStore}), so a
 * crash loses only the last moments' results. The check step {@linkplain #take takes} each check
 * started here that its reader still found due, and waits for its result to be stored instead of
 * starting it again.
 *
 * <p>At most {@code limit} checks are started ahead in a run.
 */
final class CheckAhead {

    private static final Logger log = LoggerFactory.getLogger(CheckAhead.class);

    private final CheckResultStore store;
    private final HistoryReaders readers;
    private final int limit;
    /** URL -> its result stored; kept until the check step takes it, so that it never checks it again. */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    private volatile long runId = -1;

    /** @param limit checks started ahead in a run; 0 turns checking ahead off */
    CheckAhead(CheckResultStore store, HistoryReaders readers, int limit) {
        this.store = store;
        this.readers = readers;
        this.limit = limit;
    }

    /**
     * Starts the checks of the due links of these stored documents once the transaction storing
     * them commits (at once when there is no transaction); a rolled-back chunk starts nothing.
     */
    void afterCommit(long runId, boolean recheckAll, Instant asOf, List<Long> documentIds) {
        if (limit == 0 || documentIds.isEmpty()) {
            return;
        }
        List<Long> documents = List.copyOf(documentIds);
        AfterCommit.run(() -> start(runId, recheckAll, asOf, documents));
    }

    /**
     * The check of a URL started ahead in this run, handed over once: its future completes when the
     * result is stored. Empty when there is none.
     */
    Optional<CompletableFuture<Void>> take(long runId, String url) {
        return runId == this.runId ? Optional.ofNullable(started.remove(url)) : Optional.empty();
    }

    private void start(long runId, boolean recheckAll, Instant asOf, List<Long> documentIds) {
        if (runId != this.runId) {
            started.clear(); // left over from an earlier run of this process that failed
            this.runId = runId;
        }
        try {
            for (DueLink link : readers.dueLinksOf(runId, documentIds, recheckAll, asOf)) {
                if (started.size() >= limit) {
                    return;
                }
                started.computeIfAbsent(link.url(), url -> store.checkAndStore(runId, link));
            }
        } catch (RuntimeException e) {
            // The chunk is committed already; the check step checks these links in any case.
            log.warn("could not start checks ahead of the check step: {}", e.toString());
        }
    }
}
