package org.citewatch.job;

import java.util.concurrent.CompletableFuture;
import org.citewatch.history.DueLink;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The check step's writer: {@link CheckStarter} only starts each check (the checker is asynchronous
 * and enforces the global and per-host limits), so a whole chunk is in flight at once. Each result
 * is stored as soon as it is known, not when the chunk ends ({@link CheckResultStore}), so that a
 * crash loses only the last moments' results rather than every unfinished chunk's; the writer waits
 * until the chunk's results are all stored, so the step ends only when every result is.
 */
class CheckWriter implements ItemWriter<CheckWriter.Pending> {

    /** A started check of a due link; the future completes when its result is stored. */
    record Pending(DueLink link, CompletableFuture<Void> stored) {}

    @Override
    public void write(Chunk<? extends Pending> chunk) {
        for (Pending pending : chunk) {
            pending.stored().join();
        }
    }
}
