package org.citewatch.job;

import java.time.Clock;
import java.util.Optional;
import org.citewatch.fix.FixPlanner;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.RunRepository;
import org.citewatch.report.AuditReport;
import org.citewatch.report.Baseline;
import org.citewatch.report.Gate;
import org.citewatch.report.GateResult;
import org.citewatch.report.ReportProperties;
import org.citewatch.report.ReportWriter;
import org.citewatch.report.WikitextChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's report files from the database and applies the gate: the audit job's report and
 * gate steps, and {@code citewatch report}, which renders a run again without checking anything.
 * The HTML report shows the exact wikitext change of each citation {@code citewatch fix} rescues, from
 * the fix's own planner (so the two never disagree).
 */
public final class RunReporter {

    private static final Logger log = LoggerFactory.getLogger(RunReporter.class);

    private final AuditReportAssembler assembler;
    private final RunRepository runs;
    private final ReportWriter writer;
    private final FixPlanner fixes;
    private final ReportProperties properties;
    private final Gate gate;
    private final Clock clock;

    RunReporter(
            AuditReportAssembler assembler,
            RunRepository runs,
            ReportWriter writer,
            FixPlanner fixes,
            ReportProperties properties,
            Gate gate,
            Clock clock) {
        this.assembler = assembler;
        this.runs = runs;
        this.writer = writer;
        this.fixes = fixes;
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
        writer.writeAll(report, changes(report), properties.dir());
        return report;
    }

    /** Writes a run's report files again. */
    public AuditReport write(long runId) {
        AuditReport report = assemble(runId);
        writer.writeAll(report, changes(report), properties.dir());
        return report;
    }

    /**
     * The changes {@code citewatch fix} would make. They add to the report, so a failure to work them
     * out (a page that cannot be read again, a bug in a rescue rule) costs the changes, never the
     * report: the gate and the other files do not depend on them.
     */
    private WikitextChanges changes(AuditReport report) {
        if (!properties.exactChanges()) {
            return WikitextChanges.none();
        }
        try {
            return fixes.changes(report);
        } catch (RuntimeException e) {
            log.warn(
                    "The report of run {} shows no wikitext changes: working them out failed: {}",
                    report.run().id(),
                    e.toString());
            return WikitextChanges.none();
        }
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
