package org.citewatch.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;
import org.citewatch.history.DueLink;
import org.citewatch.history.LinkRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The check step's writer: {@link CheckStarter} only starts each check (the checker is asynchronous
 * and enforces the global and per-host limits), so a whole chunk is in flight at once; the writer
 * waits for the chunk's verdicts, stores them with the links' new state, and then lets the checker
 * forget them.
 */
class CheckWriter implements ItemWriter<CheckWriter.Pending> {

    /** A started check of a due link. */
    record Pending(DueLink link, CompletableFuture<CheckResult> result) {}

    private final LinkRepository links;
    private final LinkChecker checker;
    private final long runId;

    CheckWriter(LinkRepository links, LinkChecker checker, long runId) {
        this.links = links;
        this.checker = checker;
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
        // Stored: the checker need not hold these results any longer (a rolled-back chunk is
        // written again with the same checks, so they are forgotten only after the commit).
        List<String> urls = checked.stream().map(c -> c.link().url()).toList();
        AfterCommit.run(() -> urls.forEach(checker::forget));
    }
}
