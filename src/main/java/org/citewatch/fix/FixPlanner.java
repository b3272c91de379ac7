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
import java.util.Optional;
import org.citewatch.extract.Citation;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.WikiPage;
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
import org.citewatch.wiki.RevisionTexts;

/**
 * Works out what {@code citewatch fix} changes, without writing anything: reads each page that has
 * something to fix again (from its file, from its dump, or the audited revision from its live wiki),
 * checks that it is still the text the audit read, and fixes it. The one code path of the fixes:
 * {@link FixRunner} writes a plan as patches, and the HTML report shows the changes of the plan made
 * with the default options ({@link #changes}). Thread-safe.
 */
public final class FixPlanner {

    private final DocumentRepository documents;
    private final ConfirmationPolicy confirmation;
    private final DocumentReader reader;
    private final RevisionTexts revisions;
    private final DocumentFixer fixer;
    private final ExtractProperties extract;
    private final Path defaultOut;
    private final Clock clock;

    FixPlanner(
            DocumentRepository documents,
            ConfirmationPolicy confirmation,
            DocumentReader reader,
            RevisionTexts revisions,
            DocumentFixer fixer,
            ExtractProperties extract,
            Path defaultOut,
            Clock clock) {
        this.documents = documents;
        this.confirmation = confirmation;
        this.reader = reader;
        this.revisions = revisions;
        this.fixer = fixer;
        this.extract = extract;
        this.defaultOut = defaultOut;
        this.clock = clock;
    }

    /**
     * The exact change of each citation that {@code citewatch fix} with its default options rescues in
     * this run (the same edits it writes into fixes.json), for the HTML report. Reads the files and dump
     * pages that have something to fix; writes nothing, and asks no wiki (a report makes no request:
     * pages of a live wiki get their changes from {@code citewatch fix} only).
     */
    public WikitextChanges changes(AuditReport report) {
        FixOptions defaults = FixOptions.defaults(report.run().id(), defaultOut);
        FixPlan plan = plan(report, defaults, false);
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

    /**
     * The fixes of the run whose report this is.
     *
     * @param readLivePages read the audited revisions of live-wiki pages from their wiki; otherwise
     *     those pages are left out
     */
    FixPlan plan(AuditReport report, FixOptions options, boolean readLivePages) {
        long runId = report.run().id();
        Map<String, List<Finding>> findings = findingsByDocument(report);
        List<FixJson.Skip> skipped = new ArrayList<>();
        Map<String, StoredDocument> wanted = new LinkedHashMap<>();
        Map<String, List<LivePage>> live = new LinkedHashMap<>();
        Map<String, List<StoredDocument>> bySource = new LinkedHashMap<>();
        for (StoredDocument stored : documents.documentsOf(runId)) {
            List<Finding> own = findings.getOrDefault(stored.name(), List.of());
            if (own.stream().noneMatch(f -> Rescue.of(f, options, why -> {}) != Rescue.NONE || needsNote(f, options))) {
                continue;
            }
            Optional<WikiPage> page = documents.wikiPage(stored.name());
            if (page.isPresent()) {
                // the history keeps a live page's revision, not its text: its wiki gives the text again
                if (readLivePages) {
                    live.computeIfAbsent(page.get().wiki(), w -> new ArrayList<>())
                            .add(new LivePage(stored, page.get()));
                    wanted.put(stored.name(), stored);
                }
                continue;
            }
            wanted.put(stored.name(), stored);
            bySource.computeIfAbsent(stored.source(), source -> new ArrayList<>())
                    .add(stored);
        }
        LocalDate today = LocalDate.now(clock);
        List<FixedDocument> fixed = new ArrayList<>();
        live.forEach((wiki, pages) -> readLive(wiki, pages, findings, options, today, fixed, skipped));
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
                    fix(fixer, document, findings, options, today, fixed, skipped);
                }
            }
            left.keySet().forEach(name -> skipped.add(new FixJson.Skip(name, "no longer in " + source)));
        });
        Map<String, String> stems =
                FixFiles.stems(fixed.stream().map(f -> f.document().name()).toList());
        return new FixPlan(runId, fixed, skipped, wanted, stems);
    }

    /** A page of a live wiki, as the history keeps it: its revision, not its text. */
    private record LivePage(StoredDocument stored, WikiPage page) {}

    /**
     * Reads the audited revisions of one wiki's pages again and fixes those that still hash to what the
     * audit read (a revision's text does not change, but an administrator can hide or delete it).
     */
    private void readLive(
            String wiki,
            List<LivePage> pages,
            Map<String, List<Finding>> findings,
            FixOptions options,
            LocalDate today,
            List<FixedDocument> fixed,
            List<FixJson.Skip> skipped) {
        RevisionTexts.Revisions read = revisions.read(
                wiki, pages.stream().map(p -> p.page().revisionId()).toList());
        Map<Long, RevisionTexts.Result> texts = read.results();
        // the page is read with the wiki's own template names, as the audit read it
        DocumentFixer siteFixer = fixer.forSite(read.site());
        for (LivePage live : pages) {
            String name = live.stored().name();
            long revision = live.page().revisionId();
            if (!(texts.get(revision) instanceof RevisionTexts.Text text)) {
                String why = texts.get(revision) instanceof RevisionTexts.Unavailable unavailable
                        ? unavailable.why()
                        : "the wiki did not answer for revision " + revision;
                skipped.add(new FixJson.Skip(name, "revision " + revision + " cannot be read again: " + why));
                continue;
            }
            WikiPage page = new WikiPage(
                    wiki,
                    text.title(),
                    live.page().pageId(),
                    revision,
                    live.page().timestamp(),
                    false,
                    read.site());
            Document document = new Document(
                    name,
                    live.stored().source(),
                    revision,
                    DocumentFormat.WIKITEXT,
                    text.text(),
                    1,
                    // the wiki's content language, as the audit's page had it
                    read.site().language().isEmpty() ? null : read.site().language(),
                    page);
            if (!DocumentExtraction.hashOf(document).equals(live.stored().contentHash())) {
                skipped.add(new FixJson.Skip(
                        name, "revision " + revision + " is not the text the audit read; audit the page again"));
                continue;
            }
            fix(siteFixer, document, findings, options, today, fixed, skipped);
        }
    }

    private static void fix(
            DocumentFixer fixer,
            Document document,
            Map<String, List<Finding>> findings,
            FixOptions options,
            LocalDate today,
            List<FixedDocument> fixed,
            List<FixJson.Skip> skipped) {
        DocumentFix fix =
                fixer.fix(document.text(), document.language(), findings.get(document.name()), options, today);
        if (fix.skipped() != null) {
            skipped.add(new FixJson.Skip(document.name(), fix.skipped()));
        } else {
            fixed.add(new FixedDocument(document, fix, hasBom(document)));
        }
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
