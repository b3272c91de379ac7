package org.citewatch.job;

import org.citewatch.history.DueLink;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The check step's processor: starts a due link's check, or takes the one {@link CheckAhead}
 * started during extraction. It does not wait: the chunk's checks run while the next items are
 * read, each result is stored as soon as it is known ({@link CheckResultStore}), and
 * {@link CheckWriter} waits until the whole chunk is stored.
 */
class CheckStarter implements ItemProcessor<DueLink, CheckWriter.Pending> {

    private final CheckResultStore store;
    private final CheckAhead ahead;
    private final long runId;

    CheckStarter(CheckResultStore store, CheckAhead ahead, long runId) {
        this.store = store;
        this.ahead = ahead;
        this.runId = runId;
    }

    @Override
    public CheckWriter.Pending process(DueLink link) {
        return new CheckWriter.Pending(
                link, ahead.take(runId, link.url()).orElseGet(() -> store.checkAndStore(runId, link)));
    }
}
