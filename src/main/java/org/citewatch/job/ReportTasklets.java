package org.citewatch.job;

import org.citewatch.check.Verdict;
import org.citewatch.report.AuditReport;
import org.citewatch.report.GateResult;
import org.citewatch.report.RunSummary;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last two steps, sharing one job-scoped instance: {@link #report} assembles the run's report
 * from the database, marks the run finished with its counts and writes the report files;
 * {@link #gate} applies the CI gate and turns its result into the job's exit status
 * ({@value #GATE_FAILED} when broken).
 */
class ReportTasklets {

    static final String GATE_FAILED = "GATE_FAILED";

    /** Job execution context keys holding the run's counts, for the command's summary line. */
    static final String DOCUMENTS = "documents";

    static final String CITATIONS = "citations";
    static final String UNIQUE_URLS = "uniqueUrls";
    static final String ERRORS = "errors";
    static final String VERDICT_PREFIX = "verdict.";
    static final String ARCHIVE_DEFERRED = "archiveDeferred";

    private final RunReporter reporter;
    private final long runId;

    /** The report step's report, for the gate step of the same execution (assembling is not free). */
    private volatile AuditReport assembled;

    ReportTasklets(RunReporter reporter, long runId) {
        this.reporter = reporter;
        this.runId = runId;
    }

    Tasklet report() {
        return (contribution, chunkContext) -> {
            AuditReport report = reporter.finishAndWrite(runId);
            assembled = report;
            remember(report.run(), chunkContext);
            return RepeatStatus.FINISHED;
        };
    }

    Tasklet gate() {
        return (StepContribution contribution, ChunkContext chunkContext) -> {
            // After a restart that resumes at the gate the report step did not run in this process.
            AuditReport report = assembled != null ? assembled : reporter.assemble(runId);
            GateResult result = reporter.applyGate(report);
            contribution.setExitStatus(
                    result.passed()
                            ? ExitStatus.COMPLETED.addExitDescription(result.explanation())
                            : new ExitStatus(GATE_FAILED, result.explanation()));
            return RepeatStatus.FINISHED;
        };
    }

    private static void remember(RunSummary run, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getExecutionContext();
        context.putInt(DOCUMENTS, run.documents());
        context.putInt(CITATIONS, run.citations());
        context.putInt(UNIQUE_URLS, run.uniqueUrls());
        context.putInt(ERRORS, run.errors());
        context.putInt(ARCHIVE_DEFERRED, run.archive().deferredLookups());
        for (Verdict verdict : Verdict.values()) {
            context.putInt(
                    VERDICT_PREFIX + verdict.name(), run.countsByVerdict().getOrDefault(verdict, 0));
        }
    }
}
