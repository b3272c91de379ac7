package org.citewatch.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.report.AuditReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of {@code citewatch fix}: the {@link FixPlanner}'s plan of a run, written as patches
 * ({@code <document>.diff}, {@code <document>.wiki}, {@code fixes.json}); with {@code --apply}, the
 * patched text written back into the wikitext files.
 */
public final class FixRunner {

    private static final Logger log = LoggerFactory.getLogger(FixRunner.class);

    private final AuditReportAssembler assembler;
    private final FixPlanner planner;
    private final Clock clock;

    FixRunner(AuditReportAssembler assembler, FixPlanner planner, Clock clock) {
        this.assembler = assembler;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * @param runId an existing run
     * @throws IllegalArgumentException for an unknown run
     * @throws UncheckedIOException when the patches cannot be written
     */
    public FixOutcome run(long runId, FixOptions options) {
        AuditReport report = assembler.assemble(runId, Instant.now(clock));
        return write(planner.plan(report, options, true), options);
    }

    private FixOutcome write(FixPlan plan, FixOptions options) {
        long runId = plan.runId();
        List<FixedDocument> fixed = plan.fixed();
        List<FixJson.Skip> skipped = new ArrayList<>(plan.skipped());
        Map<String, String> stems = plan.stems();
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + options.out(), e);
        }
        List<Path> applied = new ArrayList<>();
        int edits = 0;
        int documentsWithEdits = 0;
        for (FixedDocument document : fixed) {
            if (document.fix().edits().isEmpty()) {
                continue;
            }
            documentsWithEdits++;
            edits += document.fix().edits().size();
            String stem = stems.get(document.document().name());
            String patched = document.patchedText();
            String diffPath = document.dumpPage()
                    ? stem + ".wiki"
                    : diffPath(document.document().source());
            FixFiles.writeText(
                    FixFiles.diffFile(options.out(), stem),
                    UnifiedDiff.of(diffPath, document.document().text(), patched));
            FixFiles.writeText(options.out().resolve(stem + ".wiki"), (document.bom() ? "\uFEFF" : "") + patched);
            if (options.apply()) {
                FileApplier.apply(
                                document,
                                plan.audited().get(document.document().name()).contentHash())
                        .ifPresentOrElse(
                                why -> skipped.add(
                                        new FixJson.Skip(document.document().name(), "not applied: " + why)),
                                () -> applied.add(Path.of(document.document().source())));
            }
        }
        Path json = new FixJson().write(options.out().resolve("fixes.json"), runId, fixed, stems, skipped);
        int unfixed = fixed.stream().mapToInt(f -> f.fix().notes().size()).sum();
        log.info(
                "fix of run {}: {} edits in {} documents, {} skipped",
                runId,
                edits,
                documentsWithEdits,
                skipped.size());
        return new FixOutcome(
                runId,
                documentsWithEdits,
                edits,
                unfixed,
                skipped.stream().map(s -> s.document() + ": " + s.reason()).toList(),
                applied,
                json);
    }

    /**
     * The file's path in the diff headers: relative to the working folder when it is inside it (as
     * {@code patch -p1} run there expects), otherwise without its root.
     */
    static String diffPath(String source) {
        Path path = Path.of(source);
        if (!path.isAbsolute()) {
            return path.normalize().toString();
        }
        Path here = Path.of("").toAbsolutePath();
        Path relative =
                path.startsWith(here) ? here.relativize(path) : path.getRoot().relativize(path);
        return relative.toString();
    }
}
