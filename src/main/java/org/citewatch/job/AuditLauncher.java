package org.citewatch.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citewatch.check.Verdict;
import org.citewatch.history.RunLock;
import org.citewatch.history.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Runs the {@code citationAudit} job once, as the {@code audit} command asks: takes the run lock
 * (or reports the run that holds it), marks executions left running by a killed process as failed,
 * resumes the unfinished run over the same inputs (same job parameters, so Spring Batch restarts
 * the failed execution where it stopped) or starts a new one, and releases the lock at the end.
 */
public final class AuditLauncher {

    /** Job parameter names. {@code runId} is the only identifying one: one job instance per run. */
    static final String RUN_ID = "runId";

    static final String INPUTS = "inputs";
    static final String RECHECK_ALL = "recheckAll";

    private static final Logger log = LoggerFactory.getLogger(AuditLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunRepository runs;
    private final RunLock lock;
    private final ProgressListener progressListener;
    private final PartitionsInFlight partitionsInFlight;
    private final Clock clock;

    AuditLauncher(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job job,
            RunRepository runs,
            RunLock lock,
            ProgressListener progressListener,
            PartitionsInFlight partitionsInFlight,
            Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.runs = runs;
        this.lock = lock;
        this.progressListener = progressListener;
        this.partitionsInFlight = partitionsInFlight;
        this.clock = clock;
    }

    /**
     * @param inputs files and folders, as given (stored with the run; the same inputs resume an
     *     unfinished run)
     * @param recheckAll check every URL whatever the recheck policy says
     * @param progress told about each step's progress while the job runs
     */
    public AuditOutcome run(List<String> inputs, boolean recheckAll, AuditProgress progress) throws Exception {
        RunLock.Outcome locked = lock.tryAcquire();
        if (locked instanceof RunLock.Held held) {
            return new AuditOutcome(
                    AuditOutcome.Status.IN_PROGRESS, -1, AuditOutcome.Counts.NONE, List.of(held.describe()));
        }
        try (RunLock.Lease lease = ((RunLock.Acquired) locked).lease()) {
            recoverInterrupted();
            progressListener.attach(progress);
            JobExecution execution = launch(inputs, recheckAll);
            return outcome(execution);
        } finally {
            progressListener.detach();
        }
    }

    /**
     * Holding the lock, any execution still marked running belongs to a process that died; what it
     * handed to workers elsewhere is let finish first.
     */
    private void recoverInterrupted() throws InterruptedException {
        for (JobExecution running : jobRepository.findRunningJobExecutions(job.getName())) {
            log.warn("Execution {} was interrupted (the process died); it will be resumed", running.getId());
            partitionsInFlight.awaitSettled(running);
            // read again: workers may have updated its partitions while we waited
            jobOperator.recover(jobRepository.getJobExecution(running.getId()));
        }
    }

    private JobExecution launch(List<String> inputs, boolean recheckAll) throws Exception {
        var unfinished = runs.unfinished(inputs);
        if (unfinished.isPresent()) {
            try {
                log.info("Resuming run {}", unfinished.get());
                return jobOperator.start(job, parameters(unfinished.get(), inputs, recheckAll));
            } catch (JobInstanceAlreadyCompleteException complete) {
                log.info("Run {} had completed; starting a new one", unfinished.get());
            }
        }
        long runId = runs.start(inputs, clock.instant());
        return jobOperator.start(job, parameters(runId, inputs, recheckAll));
    }

    private static JobParameters parameters(long runId, List<String> inputs, boolean recheckAll) {
        return new JobParametersBuilder()
                .addLong(RUN_ID, runId)
                .addString(INPUTS, String.join("\n", inputs), false)
                .addString(RECHECK_ALL, Boolean.toString(recheckAll), false)
                .toJobParameters();
    }

    private static AuditOutcome outcome(JobExecution execution) {
        long runId = execution.getJobParameters().getLong(RUN_ID);
        List<String> notes = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            String exit = step.getExitStatus().getExitCode();
            if (ArchiveWriter.HALTED.equals(exit) || DriftWriter.FLAGGED.equals(exit)) {
                notes.add(step.getExitStatus().getExitDescription());
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().stream()
                    .findFirst()
                    .ifPresent(e -> notes.add("the audit failed: " + e.getMessage()));
            notes.add("run the same audit again to resume run " + runId);
            return new AuditOutcome(AuditOutcome.Status.FAILED, runId, AuditOutcome.Counts.NONE, notes);
        }
        AuditOutcome.Counts counts = counts(execution.getExecutionContext());
        ExitStatus exit = execution.getExitStatus();
        if (!exit.getExitDescription().isBlank()) {
            notes.add("gate: " + exit.getExitDescription());
        }
        AuditOutcome.Status status;
        if (counts.documents() == 0) {
            status = AuditOutcome.Status.NO_DOCUMENTS;
        } else if (ReportTasklets.GATE_FAILED.equals(exit.getExitCode())) {
            status = AuditOutcome.Status.GATE_FAILED;
        } else {
            status = AuditOutcome.Status.PASSED;
        }
        return new AuditOutcome(status, runId, counts, notes);
    }

    private static AuditOutcome.Counts counts(ExecutionContext context) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            byVerdict.put(verdict, context.getInt(ReportTasklets.VERDICT_PREFIX + verdict.name(), 0));
        }
        return new AuditOutcome.Counts(
                context.getInt(ReportTasklets.DOCUMENTS, 0),
                context.getInt(ReportTasklets.CITATIONS, 0),
                context.getInt(ReportTasklets.UNIQUE_URLS, 0),
                context.getInt(ReportTasklets.ERRORS, 0),
                byVerdict,
                context.getInt(ReportTasklets.ARCHIVE_DEFERRED, 0));
    }
}
