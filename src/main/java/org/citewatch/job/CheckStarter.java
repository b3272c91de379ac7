package org.citewatch.job;

import org.citewatch.check.LinkChecker;
import org.citewatch.history.DueLink;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The check step's processor: starts a due link's check, or takes the one {@link CheckAhead}
 * started during extraction. It does not wait: the chunk's checks run while the next items are
 * read, and {@link CheckWriter} waits for them.
 */
class CheckStarter implements ItemProcessor<DueLink, CheckWriter.Pending> {

    private final LinkChecker checker;
    private final CheckAhead ahead;
    private final long runId;

    CheckStarter(LinkChecker checker, CheckAhead ahead, long runId) {
        this.checker = checker;
        this.ahead = ahead;
        this.runId = runId;
    }

    @Override
    public CheckWriter.Pending process(DueLink link) {
        return new CheckWriter.Pending(link, ahead.take(runId, link.url()).orElseGet(() -> checker.check(link.url())));
    }
}
