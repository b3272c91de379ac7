package org.citewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.citewatch.CitewatchApplication;
import org.citewatch.fix.FixKind;
import org.citewatch.fix.FixOptions;
import org.citewatch.fix.FixOutcome;
import org.citewatch.fix.FixProperties;
import org.citewatch.fix.FixRunner;
import org.citewatch.history.RunRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code citewatch fix}: the rescue of a run's dead citations as wikitext patches to review, or
 * applied to the wikitext files with {@code --apply}. Reads the database and the documents (a
 * live-wiki page's audited revision from its wiki); never edits a wiki.
 */
@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the rescue of a run's dead citations as patches: <document>.diff, <document>.wiki and",
            "fixes.json. Reads live-wiki pages' audited revisions from their wiki, never edits one.",
            "Rules and how to apply them: docs/fix.md.",
            "Exit codes: 0 ok, 2 usage error or no such run."
        })
final class FixCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Mixin
    HistoryDbOption database;

    @Option(
            names = "--run",
            paramLabel = "ID",
            description = "The run whose findings to use. Default: the latest finished run")
    Long run;

    @Option(
            names = "--apply",
            description = "Write the patched text back into the wikitext files (never dumps) that still hold"
                    + " what the audit read")
    boolean apply;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where the patches go (citewatch.fix.out). Default: fixes/")
    Path out;

    @Option(
            names = "--only",
            paramLabel = "KIND",
            split = ",",
            description = "Only these kinds of fix: dead (archives for dead links), archives (broken archives"
                    + " replaced), tags (dead-link tags added or removed), usurped (url-status=usurped with the"
                    + " archive for links on a usurped host). Default: all")
    Set<String> only;

    @Option(names = "--tag-unrescued", description = "Tag dead links that have no snapshot with {{dead link}}")
    boolean tagUnrescued;

    @Option(names = "--untag-alive", description = "Remove the {{dead link}} tags of links confirmed alive")
    boolean untagAlive;

    @Option(
            names = "--include-unconfirmed",
            description = "Rescue links found dead in the run though not confirmed dead yet (a one-off audit)")
    boolean includeUnconfirmed;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        Set<FixKind> kinds = EnumSet.noneOf(FixKind.class);
        for (String kind : only == null ? Set.<String>of() : only) {
            try {
                kinds.add(FixKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("citewatch fix: --only takes dead, archives, tags or usurped, not " + kind);
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        database.addTo(overrides);
        overrides.put("citewatch.fix.out", out == null ? null : out.toString());
        try (ConfigurableApplicationContext context = parent.launcher().start(CitewatchApplication.class, overrides)) {
            RunRepository runs = context.getBean(RunRepository.class);
            Long runId = run != null ? run : runs.latestFinished().orElse(null);
            if (runId == null || runs.find(runId).isEmpty()) {
                err.println("citewatch fix: " + (runId == null ? "no finished run yet" : "no run " + runId));
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            FixOptions options = new FixOptions(
                    runId,
                    apply,
                    context.getBean(FixProperties.class).out(),
                    kinds,
                    tagUnrescued,
                    untagAlive,
                    includeUnconfirmed);
            FixOutcome outcome = context.getBean(FixRunner.class).run(runId, options);
            out.printf(
                    "run %d: %d edits in %d documents written to %s; %d citations left unfixed%n",
                    outcome.runId(), outcome.edits(), outcome.documents(), options.out(), outcome.unfixed());
            outcome.skipped().forEach(skip -> err.println("skipped " + skip));
            outcome.applied().forEach(file -> out.println("applied " + file));
            return ExitCode.OK.code();
        }
    }
}
