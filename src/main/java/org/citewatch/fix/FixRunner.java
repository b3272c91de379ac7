package org.citewatch.fix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.DocumentStream;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.ConfirmationPolicy;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.citewatch.history.StoredDocument;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.HistoryEntry;
import org.citewatch.report.LinkReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of {@code citewatch fix}: reads what an audit stored, reads each page that has something
 * to fix again (from its file, or from its dump), checks that it is still the text the audit read,
 * and writes the patches ({@code <document>.diff}, {@code <document>.wiki}, {@code fixes.json});
 * with {@code --apply}, writes the patched text back into the wikitext files.
 */
public final class FixRunner {

    private static final Logger log = LoggerFactory.getLogger(FixRunner.class);

    private final AuditReportAssembler assembler;
    private final DocumentRepository documents;
    private final ConfirmationPolicy confirmation;
    private final DocumentReader reader;
    private final DocumentFixer fixer;
    private final Clock clock;

    FixRunner(
            AuditReportAssembler assembler,
            DocumentRepository documents,
            ConfirmationPolicy confirmation,
            DocumentReader reader,
            DocumentFixer fixer,
            Clock clock) {
        this.assembler = assembler;
        this.documents = documents;
        this.confirmation = confirmation;
        this.reader = reader;
        this.fixer = fixer;
        this.clock = clock;
    }

    /**
     * @param runId an existing run
     * @throws IllegalArgumentException for an unknown run
     * @throws UncheckedIOException when the patches cannot be written
     */
    public FixOutcome run(long runId, FixOptions options) {
        AuditReport report = assembler.assemble(runId, Instant.now(clock));
        Map<String, List<Finding>> findings = findingsByDocument(report);
        List<FixJson.Skip> skipped = new ArrayList<>();
        Map<String, StoredDocument> wanted = new LinkedHashMap<>();
        for (StoredDocument stored : documents.documentsOf(runId)) {
            List<Finding> own = findings.getOrDefault(stored.name(), List.of());
            if (own.stream().noneMatch(f -> Rescue.of(f, options, why -> {}) != Rescue.NONE || needsNote(f, options))) {
                continue;
            }
            if (documents.wikiPage(stored.name()).isPresent()) {
                // the history keeps a live page's revision, not its text: fetching it again is not done yet
                skipped.add(new FixJson.Skip(
                        stored.name(), "a live wiki page; fix reads files and dumps (export the page to fix it)"));
                continue;
            }
            wanted.put(stored.name(), stored);
        }
        LocalDate today = LocalDate.now(clock);
        List<FixedDocument> fixed = new ArrayList<>();
        Map<String, List<StoredDocument>> bySource = new LinkedHashMap<>();
        wanted.values()
                .forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>())
                        .add(d));
        bySource.forEach((source, stored) -> {
            Map<String, StoredDocument> left = new HashMap<>();
            stored.forEach(d -> left.put(d.name(), d));
            try (DocumentStream stream = reader.open(
                    List.of(Path.of(source)),
                    error -> skipped.add(new FixJson.Skip(error.document(), error.message())))) {
                while (stream.hasNext() && !left.isEmpty()) {
                    Document document = stream.next();
                    StoredDocument audited = left.remove(document.name());
                    if (audited == null || document.format() != DocumentFormat.WIKITEXT) {
                        continue;
                    }
                    if (!DocumentExtraction.hashOf(document).equals(audited.contentHash())) {
                        skipped.add(
                                new FixJson.Skip(document.name(), "changed since the audit read it; audit it again"));
                        continue;
                    }
                    DocumentFix fix = fixer.fix(
                            document.text(), document.language(), findings.get(document.name()), options, today);
                    if (fix.skipped() != null) {
                        skipped.add(new FixJson.Skip(document.name(), fix.skipped()));
                    } else {
                        fixed.add(new FixedDocument(document, fix, hasBom(document)));
                    }
                }
            }
            left.keySet().forEach(name -> skipped.add(new FixJson.Skip(name, "no longer in " + source)));
        });
        return write(runId, options, fixed, skipped, wanted);
    }

    private FixOutcome write(
            long runId,
            FixOptions options,
            List<FixedDocument> fixed,
            List<FixJson.Skip> skipped,
            Map<String, StoredDocument> audited) {
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + options.out(), e);
        }
        Map<String, String> stems =
                FixFiles.stems(fixed.stream().map(f -> f.document().name()).toList());
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
                    options.out().resolve(stem + ".diff"),
                    UnifiedDiff.of(diffPath, document.document().text(), patched));
            FixFiles.writeText(options.out().resolve(stem + ".wiki"), (document.bom() ? "\uFEFF" : "") + patched);
            if (options.apply()) {
                FileApplier.apply(
                                document,
                                audited.get(document.document().name()).contentHash())
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

    /** Whether the finding would be listed as unfixed, so that its page must be read. */
    private static boolean needsNote(Finding finding, FixOptions options) {
        boolean[] noted = {false};
        Rescue.of(finding, options, why -> noted[0] = true);
        return noted[0];
    }

    private Map<String, List<Finding>> findingsByDocument(AuditReport report) {
        Map<String, List<Finding>> byDocument = new HashMap<>();
        for (LinkReport link : report.links()) {
            boolean alive = confirmation.confirmsAlive(
                    link.history().stream().map(FixRunner::observation).toList());
            for (CitationReport cited : link.citations()) {
                Citation citation = cited.citation();
                byDocument
                        .computeIfAbsent(citation.document(), d -> new ArrayList<>())
                        .add(new Finding(
                                citation,
                                link.verdict(),
                                link.confirmedDead(),
                                alive,
                                cited.archiveStatus(),
                                cited.snapshot(),
                                cited.drift()));
            }
        }
        Comparator<Finding> pageOrder = Comparator.comparingInt(
                        (Finding f) -> f.citation().line())
                .thenComparingInt(f -> f.citation().column());
        byDocument.values().forEach(list -> list.sort(pageOrder));
        return byDocument;
    }

    private static ConfirmationPolicy.Observation observation(HistoryEntry entry) {
        return new ConfirmationPolicy.Observation(entry.checkedAt(), entry.verdict());
    }

    /** Whether the file a document was read from starts with a byte order mark (dumps never do). */
    private static boolean hasBom(Document document) {
        if (!document.name().equals(document.source())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(Path.of(document.source()))) {
            return FileApplier.startsWithBom(in.readNBytes(3));
        } catch (IOException e) {
            return false;
        }
    }
}
