package org.citewatch.job;

import java.util.EnumMap;
import java.util.Map;
import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveSession;
import org.citewatch.archive.ArchiveUsage;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftInspector;
import org.citewatch.drift.DriftKind;
import org.citewatch.history.ArchiveRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The drift step's writer: each host bucket of the chunk judged and its findings stored, in the chunk's
 * transaction. The captures it reads go through the archive's replay limiter; what they cost is added
 * to the run's archive requests after every chunk, as the archive step does, so that the report's
 * request counts include them. A step that flagged citations ends with exit code {@value #FLAGGED} and
 * a line saying how many, which the audit's summary repeats.
 */
class DriftWriter implements ItemWriter<Integer>, StepExecutionListener {

    static final String FLAGGED = "DRIFT_FLAGGED";

    private final DriftInspector inspector;
    private final ArchiveSession session;
    private final ArchiveRepository archives;
    private final long runId;
    private final Map<DriftKind, Integer> flagged = new EnumMap<>(DriftKind.class);
    private ArchiveUsage recorded = ArchiveUsage.NONE;

    DriftWriter(DriftInspector inspector, ArchiveAdvisor advisor, ArchiveRepository archives, long runId) {
        this.inspector = inspector;
        this.session = advisor.startSession();
        this.archives = archives;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Integer> buckets) {
        Map<DriftKind, Integer> found = new EnumMap<>(DriftKind.class);
        for (Integer bucket : buckets) {
            for (DriftFinding finding : inspector.inspect(runId, bucket).values()) {
                found.merge(finding.kind(), 1, Integer::sum);
            }
        }
        ArchiveUsage now = session.usage();
        archives.addUsage(runId, now.minus(recorded));
        recorded = now;
        // counted once the chunk's findings are stored: a chunk retried after a failure counts once
        synchronized (flagged) {
            found.forEach((kind, count) -> flagged.merge(kind, count, Integer::sum));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        synchronized (flagged) {
            if (flagged.isEmpty() || !ExitStatus.COMPLETED.equals(stepExecution.getExitStatus())) {
                return stepExecution.getExitStatus();
            }
            return new ExitStatus(
                    FLAGGED,
                    "links that answer with the wrong page: "
                            + flagged.getOrDefault(DriftKind.USURPED, 0) + " citations on a usurped domain, "
                            + flagged.getOrDefault(DriftKind.CONTENT_CHANGED, 0)
                            + " whose page changed (docs/drift.md; report.html has the titles side by side)");
        }
    }
}
