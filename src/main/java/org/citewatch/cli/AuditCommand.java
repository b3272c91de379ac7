package org.citewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citewatch.CitewatchApplication;
import org.citewatch.check.Verdict;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.DocumentSource;
import org.citewatch.job.AuditJobConfiguration;
import org.citewatch.job.AuditLauncher;
import org.citewatch.job.AuditOutcome;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code citewatch audit [INPUT...] [--wiki URL ...]}: the nightly job, over files or pages of a live wiki. Extracts, checks what is due, looks for
 * archives, writes the reports and applies the gate. Exit codes: 0 ok, 1 gate failed, 2 usage or
 * input error (or a failed run, resumed by running it again), 3 another run holds the database.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audits the cited links of the inputs: extract, check what is due, find archives, report, gate.",
            "Run it again after a crash or kill: it resumes where it stopped.",
            "Exit codes: 0 ok, 1 gate failed, 2 usage or input error or failed run, 3 another run in progress."
        })
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description =
                    "Files or folders (wikitext, XML dumps, HTML, URL lists). Default: citewatch.inputs (samples/),"
                            + " unless --wiki names pages to read")
    List<String> inputs = new ArrayList<>();

    @Mixin
    WikiOptions wikiOptions;

    @Mixin
    HistoryDbOption database;

    @Option(names = "--recheck-all", description = "Check every URL, whatever the recheck policy says. Default: false")
    boolean recheckAll;

    @Mixin
    CheckOptions checks;

    @Option(
            names = "--archive-rate",
            paramLabel = "N/min",
            description = "Wayback CDX requests per minute (citewatch.archive.rate). Default: 24/min")
    String archiveRate;

    @Option(
            names = "--wiki-lang",
            paramLabel = "CODE",
            description =
                    "Wiki language of the input files (zh, ja, en, de), for dates in suggested fixes"
                            + " (citewatch.extract.wiki-lang). Default: a dump's <siteinfo>, else the page's own dates, else en")
    String wikiLang;

    @Option(
            names = "--validate-archives",
            paramLabel = "dead|all",
            description = "Capture checks of cited Wayback links: where the link is dead or tagged dead, or all"
                    + " (citewatch.archive.validate-archives). Default: dead")
    String validateArchives;

    @Option(
            names = "--cdx-budget",
            paramLabel = "N|DURATION",
            description = "Wayback CDX requests per run, as a count (100) or a time (4m), or unlimited; lookups"
                    + " beyond it wait for the next run (citewatch.archive.cdx-budget). Default: 4m")
    String cdxBudget;

    @Mixin
    ReportOptions report;

    @Option(
            names = "--distributed",
            description = "Hand the check step to `citewatch worker` processes over RabbitMQ; they share the "
                    + "--db database (PostgreSQL). Extraction, archive lookups, reports and the gate run here. "
                    + "Default: false")
    boolean distributed;

    @Mixin
    BrokerOption broker;

    @Option(names = "--verbose", description = "Log what citewatch does (INFO, DEBUG for citewatch). Default: quiet")
    boolean verbose;

    @Option(
            names = "--timeline",
            description = "Print to stderr where the run spent its time: start-up steps, the slowest beans, the job,"
                    + " shutdown, with the process's CPU time. Default: false")
    boolean timeline;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = parent.spec.commandLine().getErr();
        StartupTimeline steps = StartupTimeline.of(timeline);
        steps.mark("command line read");
        try {
            return audit(steps);
        } finally {
            steps.mark("context closed");
            steps.print(err);
        }
    }

    private int audit(StartupTimeline steps) throws Exception {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        for (String input : inputs) {
            if (!Files.exists(Path.of(input))) {
                err.println("citewatch audit: no such input: " + input);
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
        }
        Optional<String> wikiInput;
        try {
            wikiInput = wikiOptions.input();
        } catch (IllegalArgumentException e) {
            err.println("citewatch audit: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        if (report.baseline != null && !Files.isReadable(Path.of(report.baseline))) {
            err.println("citewatch audit: cannot read the baseline " + report.baseline);
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        if (distributed && BrokerOption.unsharedDatabase(database.db) != null) {
            err.println("citewatch audit: --distributed: " + BrokerOption.unsharedDatabase(database.db));
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        ConfigurableApplicationContext context;
        try {
            context = parent.launcher()
                    .start(
                            CitewatchApplication.class,
                            overrides(),
                            distributed ? List.of(AuditJobConfiguration.DISTRIBUTED) : List.of(),
                            steps.applicationStartup());
        } catch (RuntimeException e) {
            if (AuditFailures.isDatabaseInUse(e)) {
                err.println("citewatch audit: another citewatch run is using the database; nothing was done");
                return ExitCode.RUN_IN_PROGRESS.code();
            }
            throw e;
        }
        steps.mark("context started");
        try (context;
                ProgressDisplay progress = ProgressDisplay.forConsole(err)) {
            List<String> resolved =
                    new ArrayList<>(inputs.isEmpty() && wikiInput.isEmpty() ? configuredInputs(context) : inputs);
            wikiInput.ifPresent(resolved::add);
            DocumentInputs documentInputs = context.getBean(DocumentInputs.class);
            for (String input : resolved) {
                Optional<DocumentSource> source = documentInputs.sourceOf(input);
                Optional<String> refused = source.flatMap(s -> s.refusal(input));
                if (refused.isPresent()) {
                    err.println("citewatch audit: " + refused.get());
                    return ExitCode.USAGE_OR_INPUT_ERROR.code();
                }
                if (source.isEmpty() && !Files.exists(Path.of(input))) {
                    err.println("citewatch audit: no such input: " + input + " (citewatch.inputs)");
                    return ExitCode.USAGE_OR_INPUT_ERROR.code();
                }
            }
            steps.mark("job launched");
            AuditOutcome outcome = context.getBean(AuditLauncher.class).run(resolved, recheckAll, progress);
            steps.mark("job finished");
            progress.close();
            return report(outcome, out, err);
        }
    }

    private static List<String> configuredInputs(ConfigurableApplicationContext context) {
        return Binder.get(context.getEnvironment())
                .bind("citewatch.inputs", Bindable.listOf(String.class))
                .orElse(List.of("samples/"));
    }

    /** The property overrides the command line asks for; {@code null} values leave a setting alone. */
    Map<String, Object> overrides() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        database.addTo(overrides);
        wikiOptions.addTo(overrides);
        checks.addTo(overrides);
        overrides.put("citewatch.archive.rate", archiveRate);
        overrides.put("citewatch.extract.wiki-lang", wikiLang);
        overrides.put("citewatch.archive.validate-archives", validateArchives);
        overrides.put("citewatch.archive.cdx-budget", cdxBudget);
        report.addTo(overrides);
        if (distributed) {
            broker.addTo(overrides);
            // checks started during extraction would run here, beside the workers and past their
            // per-host limits: the workers do every check
            overrides.put("citewatch.job.check-ahead", 0);
        }
        if (verbose) {
            overrides.put("logging.level.org.citewatch", "DEBUG");
            overrides.put("logging.level.org.springframework.batch", "INFO");
        }
        return overrides;
    }

    private static int report(AuditOutcome outcome, PrintWriter out, PrintWriter err) {
        outcome.notes().forEach(note -> err.println("citewatch audit: " + note));
        switch (outcome.status()) {
            case IN_PROGRESS -> {
                return ExitCode.RUN_IN_PROGRESS.code();
            }
            case FAILED -> {
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            default -> {
                AuditOutcome.Counts c = outcome.counts();
                Map<Verdict, Integer> v = c.byVerdict();
                out.printf(
                        "run %d: %d documents, %d citations, %d unique URLs: %d alive, %d dead, %d unknown, %d skipped; %d errors%s%n",
                        outcome.runId(),
                        c.documents(),
                        c.citations(),
                        c.uniqueUrls(),
                        v.getOrDefault(Verdict.ALIVE, 0),
                        v.getOrDefault(Verdict.DEAD, 0),
                        v.getOrDefault(Verdict.UNKNOWN, 0),
                        v.getOrDefault(Verdict.SKIPPED, 0),
                        c.errors(),
                        c.archiveDeferred() > 0
                                ? "; " + c.archiveDeferred()
                                        + " archive lookups deferred to the next run (CDX budget spent)"
                                : "");
                if (outcome.status() == AuditOutcome.Status.NO_DOCUMENTS) {
                    err.println("citewatch audit: no document could be read");
                    return ExitCode.USAGE_OR_INPUT_ERROR.code();
                }
                return outcome.status() == AuditOutcome.Status.GATE_FAILED
                        ? ExitCode.GATE_FAILED.code()
                        : ExitCode.OK.code();
            }
        }
    }
}
