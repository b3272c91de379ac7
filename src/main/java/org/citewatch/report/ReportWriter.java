package org.citewatch.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every report file of a run: {@code report.json}, {@code report.html}, {@code report.csv},
 * {@code junit.xml}, {@code report.sarif} and {@code summary.md}. Thread-safe and stateless between
 * calls.
 *
 * <p>Each file is written to a temporary file in the report folder and then moved over the old one
 * (atomically where the file system can), so a CI job or a browser never reads a half-written
 * report, and a failed run leaves the previous reports intact.
 */
public final class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

    /** Renderers write small pieces (the XML writer byte by byte); buffer them into large writes. */
    private static final int BUFFER_BYTES = 1 << 16;

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
        ReportModel model = ReportModel.of(report);
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
        Path temp = null;
        try {
            renderer.renderBeside(model, target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES)) {
                renderer.render(model, out);
            }
            move(temp, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Could not delete the temporary report file {}: {}", temp, e.getMessage());
        }
    }
}
