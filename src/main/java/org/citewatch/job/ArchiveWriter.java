package org.citewatch.job;

import java.util.ArrayList;
import java.util.List;
import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveFinding;
import org.citewatch.archive.ArchiveQuery;
import org.citewatch.archive.ArchiveSession;
import org.citewatch.archive.ArchiveUsage;
import org.citewatch.archive.SnapshotLookup;
import org.citewatch.history.ArchiveCandidate;
import org.citewatch.history.ArchiveRepository;
import org.citewatch.history.CitationArchive;
import org.citewatch.history.CitationArchive.Lookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Examines a chunk's citations together (so that the Availability API answers them in batches and
 * the archive endpoints work side by side), then stores the findings and the requests they cost.
 *
 * <p>When the archive keeps refusing ({@link SnapshotLookup.Unavailable#halt()}), no further lookup
 * is made in this step: the citations left are not stored, the findings so far are committed, and
 * the next run asks for the rest; the step ends with exit code {@value #HALTED}. A lookup the CDX
 * budget could not pay for is stored as {@link Lookup#DEFERRED} and the step goes on: lookups that
 * need no CDX are still made.
 */
class ArchiveWriter implements ItemWriter<ArchiveCandidate>, StepExecutionListener {

    static final String HALTED = "ARCHIVE_HALTED";

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

    private final ArchiveSession session;
    private final ArchiveRepository archives;
    private final long runId;
    private ArchiveUsage recorded = ArchiveUsage.NONE;
    private volatile String haltReason;

    ArchiveWriter(ArchiveAdvisor advisor, ArchiveRepository archives, long runId) {
        this.session = advisor.startSession();
        this.archives = archives;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ArchiveCandidate> chunk) {
        if (haltReason != null) {
            return;
        }
        List<ArchiveQuery> queries = new ArrayList<>(chunk.size());
        for (ArchiveCandidate candidate : chunk) {
            queries.add(new ArchiveQuery(candidate.citation(), candidate.linkDead(), candidate.targetDate()));
        }
        List<ArchiveFinding> findings = session.examine(queries);
        List<CitationArchive> stored = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            ArchiveFinding finding = findings.get(i);
            if (finding.lookup() instanceof SnapshotLookup.Unavailable unavailable && unavailable.halt()) {
                if (haltReason == null) {
                    haltReason = unavailable.reason();
                    log.warn(
                            "The archive keeps refusing ({}): archive lookups stop here; the next run continues",
                            unavailable.reason());
                }
                continue;
            }
            stored.add(toStored(chunk.getItems().get(i).citationId(), finding));
        }
        archives.store(runId, stored);
        ArchiveUsage now = session.usage();
        archives.addUsage(runId, now.minus(recorded));
        recorded = now;
    }

    private static CitationArchive toStored(long citationId, ArchiveFinding finding) {
        SnapshotLookup lookup = finding.lookup();
        if (lookup == null) {
            return new CitationArchive(citationId, finding.archiveStatus(), Lookup.NOT_NEEDED, null);
        }
        if (lookup instanceof SnapshotLookup.Found found) {
            return new CitationArchive(citationId, finding.archiveStatus(), Lookup.FOUND, found.snapshot());
        }
        Lookup outcome = Lookup.UNAVAILABLE;
        if (lookup instanceof SnapshotLookup.NotArchived) {
            outcome = Lookup.NOT_ARCHIVED;
        } else if (lookup instanceof SnapshotLookup.Deferred) {
            outcome = Lookup.DEFERRED;
        }
        return new CitationArchive(citationId, finding.archiveStatus(), outcome, null);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (haltReason == null) {
            return stepExecution.getExitStatus();
        }
        return new ExitStatus(HALTED, "archive lookups halted (" + haltReason + "); the next run continues");
    }
}
