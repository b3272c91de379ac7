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
 * step counts the run's stored results ({@link CheckResultStore}), whichever step started their
 * checks: its total is the number of URLs due when the step starts plus the results stored before.
 */
final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final String WORKER_PREFIX = "checkHosts";
    private static final String CHECK = "check";

    private final HistoryReaders readers;
    private final RunRepository runs;
    private final CheckResultStore store;
    private volatile AuditProgress progress = AuditProgress.NONE;
    /** The run whose check step is running; -1 when none. */
    private volatile long checking = -1;

    ProgressListener(HistoryReaders readers, RunRepository runs, CheckResultStore store) {
        this.readers = readers;
        this.runs = runs;
        this.store = store;
        store.listen(this::stored);
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
        if (!CHECK.equals(step)) {
            progress.started(step, -1);
            return;
        }
        long runId = stepExecution.getJobParameters().getLong(AuditLauncher.RUN_ID);
        boolean recheckAll =
                Boolean.parseBoolean(stepExecution.getJobParameters().getString(AuditLauncher.RECHECK_ALL));
        Instant runStart = runs.find(runId).orElseThrow().startedAt();
        store.whileNotStoring(() -> {
            long done = store.storedIn(runId);
            progress.started(CHECK, done + readers.countDue(runId, recheckAll, runStart));
            progress.advanced(CHECK, done);
            checking = runId;
            return done;
        });
    }

    private void stored(long runId, int count) {
        if (runId == checking) {
            progress.advanced(CHECK, count);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (CHECK.equals(stepExecution.getStepName())) {
            checking = -1;
        }
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
        if (!step.startsWith(WORKER_PREFIX)) { // checks are counted as they are stored
            progress.advanced(step, chunk.size());
        }
    }
}
