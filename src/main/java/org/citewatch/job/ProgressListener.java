package org.citewatch.job;

import java.time.Instant;
import org.citewatch.history.HistoryReaders;
import org.citewatch.history.RunRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Relays step and chunk events to the {@link AuditProgress} of the audit running now. The check
 * step's partitions ({@code checkHosts:hostsN}) all count towards {@code check}, whose total is the
 * number of URLs due.
 */
final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final String WORKER_PREFIX = "checkHosts";
    private static final String CHECK = "check";

    private final HistoryReaders readers;
    private final RunRepository runs;
    private volatile AuditProgress progress = AuditProgress.NONE;

    ProgressListener(HistoryReaders readers, RunRepository runs) {
        this.readers = readers;
        this.runs = runs;
    }

    void attach(AuditProgress progress) {
        this.progress = progress;
    }

    void detach() {
        this.progress = AuditProgress.NONE;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String step = stepExecution.getStepName();
        if (step.startsWith(WORKER_PREFIX)) {
            return;
        }
        long total = -1;
        if (CHECK.equals(step)) {
            long runId = stepExecution.getJobParameters().getLong(AuditLauncher.RUN_ID);
            boolean recheckAll =
                    Boolean.parseBoolean(stepExecution.getJobParameters().getString(AuditLauncher.RECHECK_ALL));
            Instant runStart = runs.find(runId).orElseThrow().startedAt();
            total = readers.countDue(runId, recheckAll, runStart);
        }
        progress.started(step, total);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!stepExecution.getStepName().startsWith(WORKER_PREFIX)) {
            progress.finished(stepExecution.getStepName());
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            return;
        }
        String step = context.getStepName();
        progress.advanced(step.startsWith(WORKER_PREFIX) ? CHECK : step, chunk.size());
    }
}
