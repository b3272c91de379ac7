package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownSummaryRendererTest {

    @Test
    void headlinesTheDeadCitationsAndCountsVerdicts() throws Exception {
        String md = render(SampleReport.report());

        assertThat(md).startsWith("## citewatch: 6 dead citations need an archive\n");
        assertThat(md).contains("| 3 | 7 | 1 | 2 |", "Run 41 · 2026-11-22 03:00 UTC");
        assertThat(md).contains("### Top problems");
    }

    @Test
    void listsTopProblemsWorstFirstWithFixesAsCode() throws Exception {
        String md = render(SampleReport.report());

        List<String> lines = md.lines().toList();
        String firstProblem = lines.get(lines.indexOf("|---|---|---|---|") + 1);
        assertThat(firstProblem).contains("Dead, no archive");
        assertThat(md).contains("` \\|archive-url=" + SampleReport.NEWS_SNAPSHOT);
    }

    @Test
    void hostileTextCannotAddHtmlLinksOrTableCells() throws Exception {
        String md = render(hostileOnly());

        // code spans show their content literally; outside them every '<' and '[' must be escaped
        String outsideCode = md.replaceAll("(`+) .*? \\1", "");
        assertThat(outsideCode).doesNotContainPattern("(?<!\\\\)[<\\[]");
        assertThat(md).contains("\\<img src=x onerror=alert\\(1\\)\\>");
        // every table row keeps exactly its four cells: no unescaped pipe from the data
        md.lines()
                .filter(line -> line.startsWith("| "))
                .forEach(line -> assertThat(line.replace("\\|", "")
                                .chars()
                                .filter(c -> c == '|')
                                .count())
                        .as("cells in %s", line)
                        .isEqualTo(5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // links, images and HTML lose their syntax
                "[a](javascript:x);   \\[a\\]\\(javascript:x\\)",
                "<b>x</b>;            \\<b\\>x\\</b\\>",
                "a|b;                 a\\|b",
                "*x* _y_ `z`;         \\*x\\* \\_y\\_ \\`z\\`"
            })
    void escapesMarkdownInText(String text, String expected) {
        assertThat(MarkdownText.text(text)).isEqualTo(expected);
    }

    @Test
    void fencesCodeLongerThanAnyBacktickRun() {
        assertThat(MarkdownText.code("a``b|c")).isEqualTo("``` a``b\\|c ```");
    }

    @Test
    void saysSoWhenNothingIsDead() throws Exception {
        String md = render(ReportFixtures.reportOf(1, List.of(ReportFixtures.alive("https://ok.example/"))));

        assertThat(md)
                .startsWith("## citewatch: no dead links without an archive")
                .doesNotContain("Top problems");
    }

    private static AuditReport hostileOnly() {
        AuditReport full = SampleReport.report();
        List<LinkReport> links = new ArrayList<>();
        for (LinkReport link : full.links()) {
            if (link.citations().get(0).citation().document().equals(SampleReport.HOSTILE_DOC)) {
                links.add(link);
            }
        }
        return new AuditReport(full.run(), links, full.errors(), full.trend());
    }

    private static String render(AuditReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownSummaryRenderer().render(ReportModel.of(report), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
