package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAllSixFilesIntoANewFolder() throws Exception {
        Path reports = dir.resolve("nested/reports");

        List<Path> files = new ReportWriter().writeAll(SampleReport.report(), reports);

        assertThat(files)
                .extracting(path -> path.getFileName().toString())
                .containsExactly("report.json", "report.html", "report.csv", "junit.xml", "report.sarif", "summary.md");
        assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
        try (Stream<Path> listed = Files.list(reports)) {
            assertThat(listed.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind; the HTML document pages are in their folder")
                    .hasSize(7)
                    .contains(DocumentPages.FOLDER);
        }
    }

    @Test
    void replacesEarlierReports() throws Exception {
        Files.writeString(dir.resolve("summary.md"), "old");

        new ReportWriter()
                .writeAll(ReportFixtures.reportOf(2, List.of(ReportFixtures.alive("https://ok.example/"))), dir);

        assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("## citewatch:");
    }

    @Test
    void namesTheFolderItCannotCreate() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertThatThrownBy(() -> new ReportWriter().writeAll(SampleReport.report(), file.resolve("reports")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.resolve("reports").toString());
    }
}
