package org.citewatch.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.citewatch.check.CheckResult;
import org.citewatch.history.DueLink;
import org.citewatch.history.LinkRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The check step's writer: {@link CheckStarter} only starts each check (the checker is asynchronous
 * and enforces the global and per-host limits), so a whole chunk is in flight at once; the writer
 * waits for the chunk's verdicts and stores them with the links' new state.
 */
class CheckWriter implements ItemWriter<CheckWriter.Pending> {

    /** A started check of a due link. */
    record Pending(DueLink link, CompletableFuture<CheckResult> result) {}

    private final LinkRepository links;
    private final long runId;

    CheckWriter(LinkRepository links, long runId) {
        this.links = links;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Pending> chunk) {
        List<LinkRepository.Checked> checked = new ArrayList<>(chunk.size());
        for (Pending pending : chunk) {
            checked.add(
                    new LinkRepository.Checked(pending.link(), pending.result().join()));
        }
        links.recordChecked(runId, checked);
    }
}
