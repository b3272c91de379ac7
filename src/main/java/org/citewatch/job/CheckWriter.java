package org.citewatch.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;
import org.citewatch.check.Paywalls;
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
    private final Paywalls paywalls;
    private final Set<String> paywalledHosts;
    private final long runId;

    /**
     * @param paywalledHosts hosts that citations put behind a paywall, read once the extract step
     *     has stored every citation of the run
     */
    CheckWriter(LinkRepository links, LinkChecker checker, Paywalls paywalls, Set<String> paywalledHosts, long runId) {
        this.links = links;
        this.checker = checker;
        this.paywalls = paywalls;
        this.paywalledHosts = Set.copyOf(paywalledHosts);
        this.runId = runId;
    }

    private static String host(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? "" : parsed.host();
    }

    @Override
    public void write(Chunk<? extends Pending> chunk) {
        List<LinkRepository.Checked> checked = new ArrayList<>(chunk.size());
        for (Pending pending : chunk) {
            CheckResult result = pending.result().join();
            boolean paywalled = !paywalledHosts.isEmpty() && paywalledHosts.contains(host(result.url()));
            checked.add(new LinkRepository.Checked(pending.link(), paywalls.judge(result, paywalled)));
        }
        links.recordChecked(runId, checked);
        // Stored: the checker need not hold these results any longer (a rolled-back chunk is
        // written again with the same checks, so they are forgotten only after the commit).
        List<String> urls = checked.stream().map(c -> c.link().url()).toList();
        AfterCommit.run(() -> urls.forEach(checker::forget));
    }
}
