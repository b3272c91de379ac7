package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The link from a document page to the diff citewatch fix writes. */
class DiffLinksTest {

    @Test
    void leadsFromThePagesFolderToTheFixesFolderBesideTheReports() {
        DiffLinks links = new DiffLinks(Path.of("/work/reports/report"));

        assertThat(links.href(Path.of("/work/fixes/pages_summit.diff"))).isEqualTo("../../fixes/pages_summit.diff");
    }

    @Test
    void percentEncodesEachSegmentSoThatNoNameBecomesASchemeOrAQuery() {
        DiffLinks links = new DiffLinks(Path.of("/w/reports/report"));

        assertThat(links.href(Path.of("/w/fix es/javascript:x?#%.diff")))
                .isEqualTo("../../fix%20es/javascript%3Ax%3F%23%25.diff");
        assertThat(links.href(Path.of("/w/fixes/核安全峰會.diff")))
                .isEqualTo("../../fixes/%E6%A0%B8%E5%AE%89%E5%85%A8%E5%B3%B0%E6%9C%83.diff");
    }

    @Test
    void resolvesARelativeFixesFolderFromTheWorkingFolderAsTheCommandsDo() {
        DiffLinks links = new DiffLinks(Path.of("reports/report"));

        assertThat(links.href(Path.of("fixes/a.diff"))).isEqualTo("../../fixes/a.diff");
        assertThat(DiffLinks.shown(Path.of("fixes/a.diff"))).isEqualTo("fixes/a.diff");
    }
}
