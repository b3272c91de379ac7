package org.citewatch.job;

import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.SnapshotLookup;
import org.citewatch.extract.Citation;
import org.citewatch.history.ArchiveCandidate;
import org.citewatch.history.CitationArchive;
import org.citewatch.history.CitationArchive.Lookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates the archive URL a citation carries and, for a dead link or a citation tagged dead
 * without a valid archive, looks for the snapshot closest to the citation's date.
 *
 * <p>When the archive keeps refusing ({@link SnapshotLookup.Unavailable#halt()}), no further lookup
 * is made in this step: the remaining citations are filtered out unsaved, the findings so far are
 * committed, and the next run asks for the rest. The step then ends with exit code
 * {@value #HALTED}.
 */
class ArchiveLookupProcessor implements ItemProcessor<ArchiveCandidate, CitationArchive>, StepExecutionListener {

    static final String HALTED = "ARCHIVE_HALTED";

    private static final Logger log = LoggerFactory.getLogger(ArchiveLookupProcessor.class);

    private final ArchiveAdvisor advisor;
    private volatile String haltReason;

    ArchiveLookupProcessor(ArchiveAdvisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public CitationArchive process(ArchiveCandidate candidate) {
        if (haltReason != null) {
            return null;
        }
        Citation citation = candidate.citation();
        ArchiveStatus status = citation.archiveUrl() == null ? null : advisor.validate(citation);
        boolean needsSnapshot = candidate.linkDead() || (citation.markedDead() && status != ArchiveStatus.VALID);
        if (!needsSnapshot) {
            return new CitationArchive(candidate.citationId(), status, Lookup.NOT_NEEDED, null);
        }
        SnapshotLookup lookup = advisor.findSnapshot(citation.normalizedUrl(), candidate.targetDate());
        if (lookup instanceof SnapshotLookup.Found found) {
            return new CitationArchive(candidate.citationId(), status, Lookup.FOUND, found.snapshot());
        }
        if (lookup instanceof SnapshotLookup.Unavailable unavailable && unavailable.halt()) {
            haltReason = unavailable.reason();
            log.warn(
                    "The archive keeps refusing ({}): archive lookups stop here; the next run continues",
                    unavailable.reason());
            return null;
        }
        Lookup outcome = lookup instanceof SnapshotLookup.NotArchived ? Lookup.NOT_ARCHIVED : Lookup.UNAVAILABLE;
        return new CitationArchive(candidate.citationId(), status, outcome, null);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (haltReason == null) {
            return stepExecution.getExitStatus();
        }
        return new ExitStatus(HALTED, "archive lookups halted (" + haltReason + "); the next run continues");
    }
}
