package org.citewatch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.citewatch.check.Verdict;

/**
 * {@code summary.md}: a short summary for a pull-request comment: counts, then the top problems
 * with their fixes. Every value from a document or a server is escaped ({@link MarkdownText}).
 */
final class MarkdownSummaryRenderer implements ReportRenderer {

    /** A PR comment should stay readable; the full list is in report.html. */
    static final int TOP_PROBLEMS = 10;

    /** Long URLs would make the table unreadable; the full URL is in the other reports. */
    private static final int MAX_URL = 100;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public String fileName() {
        return "summary.md";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        Writer md = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        RunSummary run = model.run();
        Map<ProblemKind, Integer> kinds = model.countsByKind();
        List<CitationRow> problems = model.problems();
        md.write("## citewatch: " + headline(kinds) + "\n\n");
        md.write("Run " + run.id() + " · " + WHEN.format(run.startedAt()) + " · " + run.documents() + " documents · "
                + run.citations() + " citations · " + run.uniqueUrls() + " unique URLs"
                + (run.errors() > 0
                        ? " · " + run.errors() + (run.errors() == 1 ? " unreadable document" : " unreadable documents")
                        : "")
                + "\n\n");
        md.write("| Alive | Dead | Unknown | Skipped |\n|---:|---:|---:|---:|\n");
        md.write("| " + count(run, Verdict.ALIVE) + " | " + count(run, Verdict.DEAD) + " | "
                + count(run, Verdict.UNKNOWN) + " | " + count(run, Verdict.SKIPPED) + " |\n\n");
        md.write("Citations needing attention: " + kinds.get(ProblemKind.DEAD_UNARCHIVED) + " dead without archive, "
                + kinds.get(ProblemKind.DEAD_FALLBACK) + " dead with a snapshot ready to add, "
                + kinds.get(ProblemKind.MARKED_LIVE_DEAD) + " marked live but dead, "
                + kinds.get(ProblemKind.USURPED) + " on a usurped domain, "
                + kinds.get(ProblemKind.CONTENT_CHANGED) + " whose page changed, "
                + kinds.get(ProblemKind.BAD_ARCHIVE) + " with a bad archive link, "
                + kinds.get(ProblemKind.TAGGED_DEAD_ALIVE) + " tagged dead but answering, "
                + kinds.get(ProblemKind.UNKNOWN) + " unknown.\n");
        md.write("\nArchive requests: " + MarkdownText.text(run.archive().requestsLine())
                + (run.archive().deadLinksBySource().isEmpty()
                        ? ""
                        : "; dead links' archives from: "
                                + MarkdownText.text(run.archive().sourcesLine()))
                + (run.archive().deferredLookups() > 0
                        ? "; " + run.archive().deferredLookups() + " lookups deferred to the next run"
                        : "")
                + ".\n");
        if (!problems.isEmpty()) {
            md.write("\n### Top problems\n\n| Where | Link | Problem | Fix |\n|---|---|---|---|\n");
            for (CitationRow row : problems.subList(0, Math.min(TOP_PROBLEMS, problems.size()))) {
                md.write("| "
                        + MarkdownText.text(
                                row.citation().document() + ":" + row.citation().line())
                        + " | "
                        + MarkdownText.code(MarkdownText.shorten(row.citation().url(), MAX_URL))
                        + " | " + MarkdownText.text(problem(row))
                        + " | " + row.fix().map(MarkdownText::code).orElse("") + " |\n");
            }
            if (problems.size() > TOP_PROBLEMS) {
                md.write("\n…and " + (problems.size() - TOP_PROBLEMS) + " more in report.html.\n");
            }
        }
        md.flush();
    }

    private static String headline(Map<ProblemKind, Integer> kinds) {
        int dead = kinds.get(ProblemKind.DEAD_UNARCHIVED) + kinds.get(ProblemKind.DEAD_FALLBACK);
        if (dead > 0) {
            return dead + (dead == 1 ? " dead citation needs" : " dead citations need") + " an archive";
        }
        if (kinds.get(ProblemKind.BAD_ARCHIVE) > 0) {
            return "no unarchived dead links; some archive links need repair";
        }
        return "no dead links without an archive";
    }

    private static String problem(CitationRow row) {
        LinkReport link = row.link();
        String status = link.httpStatus() == null ? "" : ", HTTP " + link.httpStatus();
        String archive =
                row.badArchiveStatus().map(s -> ", archive " + s.name()).orElse("");
        String snapshot = row.fallback()
                .map(s -> ", snapshot " + SnapshotNote.of(s, row.report().target()))
                .orElse("");
        return row.kind().label() + " (" + link.reason().name() + status + archive + snapshot + ")";
    }

    private static int count(RunSummary run, Verdict verdict) {
        return run.countsByVerdict().getOrDefault(verdict, 0);
    }
}
