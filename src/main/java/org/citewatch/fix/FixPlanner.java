package org.citewatch.fix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.citewatch.extract.ExtractProperties;
import org.citewatch.history.ConfirmationPolicy;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.citewatch.history.StoredDocument;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.HistoryEntry;
import org.citewatch.report.LinkReport;
import org.citewatch.report.WikitextChange;
import org.citewatch.report.WikitextChanges;

/**
 * Works out what {@code citewatch fix} changes, without writing anything: reads each page that has
 * something to fix again (from its file, or from its dump), checks that it is still the text the audit
 * read, and fixes it. The one code path of the fixes: {@link FixRunner} writes a plan as patches, and
 * the HTML report shows the changes of the plan made with the default options ({@link #changes}).
 * Thread-safe.
 */
public final class FixPlanner {

    private final DocumentRepository documents;
    private final ConfirmationPolicy confirmation;
    private final DocumentReader reader;
    private final DocumentFixer fixer;
    private final ExtractProperties extract;
    private final Path defaultOut;
    private final Clock clock;

    FixPlanner(
            DocumentRepository documents,
            ConfirmationPolicy confirmation,
            DocumentReader reader,
            DocumentFixer fixer,
            ExtractProperties extract,
            Path defaultOut,
            Clock clock) {
        this.documents = documents;
        this.confirmation = confirmation;
        this.reader = reader;
        this.fixer = fixer;
        this.extract = extract;
        this.defaultOut = defaultOut;
        this.clock = clock;
    }

    /**
     * The exact change of each citation that {@code citewatch fix} with its default options rescues in
     * this run (the same edits it writes into fixes.json), for the HTML report. Reads the pages that have
     * something to fix; writes nothing.
     */
    public WikitextChanges changes(AuditReport report) {
        FixOptions defaults = FixOptions.defaults(report.run().id(), defaultOut);
        FixPlan plan = plan(report, defaults);
        List<WikitextChange> changes = new ArrayList<>();
        for (FixedDocument fixed : plan.fixed()) {
            if (!fixed.fix().edits().isEmpty()) {
                Path diff = FixFiles.diffFile(
                        defaults.out(), plan.stems().get(fixed.document().name()));
                changes.addAll(CitationChanges.of(fixed, diff, extract));
            }
        }
        return WikitextChanges.of(changes);
    }

    /** The fixes of the run whose report this is. */
    FixPlan plan(AuditReport report, FixOptions options) {
        long runId = report.run().id();
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
        Map<String, String> stems =
                FixFiles.stems(fixed.stream().map(f -> f.document().name()).toList());
        return new FixPlan(runId, fixed, skipped, wanted, stems);
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
                    link.history().stream().map(FixPlanner::observation).toList());
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
                                cited.snapshot()));
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
