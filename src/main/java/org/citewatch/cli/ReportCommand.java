package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.citewatch.CitewatchApplication;
import org.citewatch.history.RunRepository;
import org.citewatch.job.RunReporter;
import org.citewatch.report.AuditReport;
import org.citewatch.report.Baseline;
import org.citewatch.report.GateResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code citewatch report}: writes every report file of a run again from the database, without
 * checking anything, and applies the gate (exit 1 when broken).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Renders the report files of a run again from the history database (no network), and applies the gate.",
            "Exit codes: 0 ok, 1 gate failed, 2 usage error or no such run."
        })
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Mixin
    HistoryDbOption database;

    @Mixin
    ReportOptions report;

    @Option(names = "--run", paramLabel = "ID", description = "The run to report. Default: the latest finished run")
    Long run;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        Map<String, Object> overrides = new LinkedHashMap<>();
        database.addTo(overrides);
        report.addTo(overrides);
        try (ConfigurableApplicationContext context = parent.launcher().start(CitewatchApplication.class, overrides)) {
            RunRepository runs = context.getBean(RunRepository.class);
            Long runId = run != null ? run : runs.latestFinished().orElse(null);
            if (runId == null || runs.find(runId).isEmpty()) {
                err.println("citewatch report: " + (runId == null ? "no finished run yet" : "no run " + runId));
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            RunReporter reporter = context.getBean(RunReporter.class);
            AuditReport written = reporter.write(runId);
            GateResult gate;
            try {
                gate = reporter.applyGate(written);
            } catch (Baseline.InvalidBaselineException e) {
                err.println("citewatch report: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            out.printf(
                    "run %d: reports written for %d unique URLs%n",
                    runId, written.run().uniqueUrls());
            (gate.passed() ? out : err).println(gate.explanation());
            return gate.passed() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
        }
    }
}
