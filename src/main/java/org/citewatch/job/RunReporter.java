package org.citewatch.job;

import java.time.Clock;
import java.util.Optional;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.RunRepository;
import org.citewatch.report.AuditReport;
import org.citewatch.report.Baseline;
import org.citewatch.report.Gate;
import org.citewatch.report.GateResult;
import org.citewatch.report.ReportProperties;
import org.citewatch.report.ReportWriter;

/**
 * Writes a run's report files from the database and applies the gate: the audit job's report and
 * gate steps, and {@code citewatch report}, which renders a run again without checking anything.
 */
public final class RunReporter {

    private final AuditReportAssembler assembler;
    private final RunRepository runs;
    private final ReportWriter writer;
    private final ReportProperties properties;
    private final Gate gate;
    private final Clock clock;

    RunReporter(
            AuditReportAssembler assembler,
            RunRepository runs,
            ReportWriter writer,
            ReportProperties properties,
            Gate gate,
            Clock clock) {
        this.assembler = assembler;
        this.runs = runs;
        this.writer = writer;
        this.properties = properties;
        this.gate = gate;
        this.clock = clock;
    }

    /** Assembles a run's report from the database, without writing anything. */
    public AuditReport assemble(long runId) {
        return assembler.assemble(runId, clock.instant());
    }

    /** Marks a run finished with its counts (the trend chart's point) and writes its report files. */
    AuditReport finishAndWrite(long runId) {
        AuditReport report = assemble(runId);
        runs.finish(report.run());
        writer.writeAll(report, properties.dir());
        return report;
    }

    /** Writes a run's report files again. */
    public AuditReport write(long runId) {
        AuditReport report = assemble(runId);
        writer.writeAll(report, properties.dir());
        return report;
    }

    /**
     * Applies the gate. For {@code --fail-on=new-dead} the baseline is the {@code --baseline} file,
     * else the previous finished run in the history, else none (every dead link is new).
     *
     * @throws Baseline.InvalidBaselineException when the baseline file cannot serve
     */
    public GateResult applyGate(AuditReport report) {
        Baseline baseline = Baseline.none();
        if (!properties.baseline().isBlank()) {
            baseline = Baseline.read(java.nio.file.Path.of(properties.baseline()));
        } else if (gate.needsBaseline()) {
            Optional<Long> previous = runs.previousFinished(report.run().id());
            if (previous.isPresent()) {
                baseline = Baseline.of(assemble(previous.get()));
            }
        }
        return gate.evaluate(report, baseline);
    }
}
