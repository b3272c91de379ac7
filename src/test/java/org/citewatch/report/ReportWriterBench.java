package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long writing all six report files takes for a large run (20,000 links, 40,000 citations in
 * 200 documents, a tenth dead). Not a test: {@code ./mvnw -B -Pbench test -Dtest=ReportWriterBench}.
 */
@Tag("bench")
class ReportWriterBench {

    private static final Logger log = LoggerFactory.getLogger(ReportWriterBench.class);

    private static final int LINKS = 20_000;

    @TempDir
    Path dir;

    @Test
    void writesLargeRun() throws Exception {
        AuditReport report = largeRun();
        ReportWriter writer = new ReportWriter();
        writer.writeAll(report, dir); // warm-up

        long start = System.nanoTime();
        List<Path> files = writer.writeAll(report, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;

        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            log.info("{}: {} KB", file.getFileName(), Files.size(file) / 1024);
        }
        log.info("writeAll: {} links, {} citations, {} ms, {} MB in total", LINKS, 2 * LINKS, millis, bytes >> 20);
        assertThat(files).hasSize(6);
        // Where the time goes, without the disk: classification once, then each renderer.
        long classify = System.nanoTime();
        ReportModel model = ReportModel.of(report);
        log.info("classify and sort: {} ms", (System.nanoTime() - classify) / 1_000_000);
        JsonMapper mapper = JsonMapper.builder().build();
        for (ReportRenderer renderer : List.of(
                new JsonReportRenderer(mapper),
                new HtmlReportRenderer(),
                new CsvReportRenderer(),
                new JunitReportRenderer(),
                new SarifReportRenderer(mapper),
                new MarkdownSummaryRenderer())) {
            long rendering = System.nanoTime();
            renderer.render(model, OutputStream.nullOutputStream());
            log.info("render {}: {} ms", renderer.fileName(), (System.nanoTime() - rendering) / 1_000_000);
        }
    }

    private static AuditReport largeRun() {
        List<LinkReport> links = new ArrayList<>(LINKS);
        for (int i = 0; i < LINKS; i++) {
            String url = "https://host" + (i % 200) + ".example/articles/" + i + "?ref=" + i;
            String doc = "articles/Page_" + (i % 200) + ".wiki";
            CitationReport first =
                    ReportFixtures.cite(doc, 10 + i % 500, 3, url, "cite web", "Title " + i, null, null, false);
            CitationReport second = ReportFixtures.cite(doc, 600 + i % 500, 1, url, "bare", null, null, null, false);
            if (i % 10 == 0) {
                links.add(ReportFixtures.link(
                        url,
                        Verdict.DEAD,
                        Reason.HTTP_404,
                        404,
                        null,
                        "Not Found",
                        ReportFixtures.snapshot(
                                "https://web.archive.org/web/20100101000000/" + url,
                                "2010-01-01T00:00:00Z",
                                SnapshotSource.WAYBACK_CDX,
                                12L),
                        first,
                        second));
            } else {
                links.add(ReportFixtures.link(url, Verdict.ALIVE, Reason.OK, 200, url, null, null, first, second));
            }
        }
        return new AuditReport(ReportFixtures.summary(1, links, 200, 0), links, List.of(), List.of());
    }
}
