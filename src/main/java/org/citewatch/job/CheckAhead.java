package org.citewatch.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;
import org.citewatch.history.HistoryReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the checks of a run's due links while the extract step is still reading, as soon as the
 * documents citing them are committed, so that the network is busy from the first chunk on instead
 * of after the last. The check step then {@linkplain #take takes} each started check instead of
 * starting it again. Results are still stored by the check step alone, so a crash loses only checks
 * that were never stored, as in the check step itself, and a restart checks them then.
 *
 * <p>At most {@code limit} checks wait here to be taken: they hold their results in memory.
 */
final class CheckAhead {

    private static final Logger log = LoggerFactory.getLogger(CheckAhead.class);

    private final LinkChecker checker;
    private final HistoryReaders readers;
    private final int limit;
    private final ConcurrentHashMap<String, CompletableFuture<CheckResult>> started = new ConcurrentHashMap<>();
    private volatile long runId = -1;

    /** @param limit checks started ahead and not yet taken; 0 turns checking ahead off */
    CheckAhead(LinkChecker checker, HistoryReaders readers, int limit) {
        this.checker = checker;
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

    /** The check of a URL started ahead in this run, handed over once; empty when there is none. */
    Optional<CompletableFuture<CheckResult>> take(long runId, String url) {
        return runId == this.runId ? Optional.ofNullable(started.remove(url)) : Optional.empty();
    }

    private void start(long runId, boolean recheckAll, Instant asOf, List<Long> documentIds) {
        if (runId != this.runId) {
            started.clear(); // left over from an earlier run of this process that failed
            this.runId = runId;
        }
        try {
            for (String url : readers.dueUrlsOf(runId, documentIds, recheckAll, asOf)) {
                if (started.size() >= limit) {
                    return;
                }
                started.computeIfAbsent(url, checker::check);
            }
        } catch (RuntimeException e) {
            // The chunk is committed already; the check step checks these links in any case.
            log.warn("could not start checks ahead of the check step: {}", e.toString());
        }
    }
}
