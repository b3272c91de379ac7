package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
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

    /**
     * Issue 13: report files came out {@code rw-------} (a temporary file's mode), which a web server
     * or a CI artifact publisher running as another user cannot read. They get the user's umask, as
     * any new file does.
     */
    @Test
    void writesReportFilesWithTheUsersUmaskLikeAnyNewFile() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        assumeTrue(
                umasked.contains(PosixFilePermission.GROUP_READ) || umasked.contains(PosixFilePermission.OTHERS_READ),
                "a umask that lets others read, or the test cannot tell the modes apart");
        Path reports = dir.resolve("reports");

        List<Path> files = new ReportWriter().writeAll(SampleReport.report(), reports);

        assertThat(files)
                .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                        .as("%s has the mode of a new file", file.getFileName())
                        .isEqualTo(umasked));
    }
}
