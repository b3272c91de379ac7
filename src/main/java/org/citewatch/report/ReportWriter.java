package org.citewatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every report file of a run: {@code report.json}, {@code report.html}, {@code report.csv},
 * {@code junit.xml}, {@code report.sarif} and {@code summary.md}. Thread-safe and stateless between
 * calls.
 *
 * <p>Each file is written by {@link AtomicFile}: a CI job or a browser never reads a half-written
 * report, a failed run leaves the previous reports intact, and the files get the user's umask.
 */
public final class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

    private final List<ReportRenderer> renderers;

    public ReportWriter() {
        JsonMapper mapper = JsonMapper.builder().build();
        this.renderers = List.of(
                new JsonReportRenderer(mapper),
                new HtmlReportRenderer(),
                new CsvReportRenderer(),
                new JunitReportRenderer(),
                new SarifReportRenderer(mapper),
                new MarkdownSummaryRenderer());
    }

    /**
     * Renders the report into {@code reportDir}, creating the folder when needed.
     *
     * @return the files written, in the order above
     * @throws UncheckedIOException when the folder or a file cannot be written; names the file
     */
    public List<Path> writeAll(AuditReport report, Path reportDir) {
        return writeAll(report, WikitextChanges.none(), reportDir);
    }

    /**
     * Renders the report with the exact wikitext change of each citation that {@code citewatch fix}
     * rescues, shown on the document pages of report.html.
     *
     * @return the files written, in the order above
     * @throws UncheckedIOException when the folder or a file cannot be written; names the file
     */
    public List<Path> writeAll(AuditReport report, WikitextChanges changes, Path reportDir) {
        ReportModel model = ReportModel.of(report, changes);
        try {
            Files.createDirectories(reportDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report folder " + reportDir, e);
        }
        // The files are independent renderings of one immutable model: written side by side, they
        // take the time of the largest rather than of all six (the report step is on the critical path).
        List<Path> written = renderers.parallelStream()
                .map(renderer -> write(renderer, model, reportDir.resolve(renderer.fileName())))
                .toList();
        log.info("Wrote {} report files to {}", written.size(), reportDir.toAbsolutePath());
        return List.copyOf(written);
    }

    private static Path write(ReportRenderer renderer, ReportModel model, Path target) {
        try {
            renderer.renderBeside(model, target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pages beside " + target, e);
        }
        return AtomicFile.write(target, out -> renderer.render(model, out));
    }
}
