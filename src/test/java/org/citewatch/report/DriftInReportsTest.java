package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: links that answer with the wrong page, as every report and the gate show them. */
class DriftInReportsTest {

    private static final tools.jackson.databind.json.JsonMapper MAPPER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static final String HOSTILE = "<script>alert('owned')</script>Slot Gacor";
    private static final String HARBOUR = "http://harbour.example/lighthouse";
    private static final String GAZETTE = "http://gazette.example/bridge";

    @TempDir
    Path dir;

    private static DriftFinding usurped(boolean dead) {
        return new DriftFinding(
                DriftKind.USURPED,
                "The old lighthouse",
                HOSTILE,
                "The old lighthouse - Harbour History Society",
                "https://web.archive.org/web/20100615000000/" + HARBOUR,
                Instant.parse("2010-06-15T00:00:00Z"),
                "the host changed hands: 1 of 1 live pages show \"slot gacor\"",
                dead);
    }

    private static DriftFinding changed() {
        return new DriftFinding(
                DriftKind.CONTENT_CHANGED,
                "Council approves bridge budget",
                "Flower show opens",
                "Council approves bridge budget",
                "https://web.archive.org/web/20130501000000/" + GAZETTE,
                Instant.parse("2013-05-01T00:00:00Z"),
                "the live page shares almost nothing with the cited title, the capture of 2013-05-01 does",
                false);
    }

    private static CitationReport cited(String url, String archiveUrl, DriftFinding drift, boolean ignored) {
        CitationReport plain = ReportFixtures.cite(
                SampleReport.SEOUL,
                3,
                7,
                url,
                "cite web",
                drift.citedTitle(),
                archiveUrl,
                archiveUrl == null ? null : ArchiveStatus.VALID,
                false);
        CitationReport report = ignored ? ReportFixtures.flagged(plain, true, false) : plain;
        return new CitationReport(
                report.citation(), report.archiveStatus(), null, report.target(), report.dateStyle(), drift);
    }

    private static AuditReport report(CitationReport harbour, CitationReport gazette) {
        return ReportFixtures.reportOf(
                9,
                List.of(
                        ReportFixtures.link(HARBOUR, Verdict.ALIVE, Reason.OK, 200, null, null, null, harbour),
                        ReportFixtures.link(GAZETTE, Verdict.ALIVE, Reason.OK, 200, null, null, null, gazette),
                        ReportFixtures.alive("http://fine.example/")));
    }

    @Test
    void namesBothKindsWithTheThreeTitlesInEveryReport() throws Exception {
        ReportModel model = ReportModel.of(
                report(cited(HARBOUR, null, usurped(false), false), cited(GAZETTE, null, changed(), false)));

        assertThat(model.rows())
                .extracting(CitationRow::kind)
                .as("worst first: usurped, then changed, then the fine link")
                .containsExactly(ProblemKind.USURPED, ProblemKind.CONTENT_CHANGED, ProblemKind.NONE);
        assertThat(render(new JsonReportRenderer(MAPPER), model))
                .contains(
                        "\"problem\" : \"usurped\"",
                        "\"kind\" : \"usurped\"",
                        "\"captureTitle\" : \"Council approves bridge budget\"");
        assertThat(render(new CsvReportRenderer(), model))
                .contains(
                        ",usurped,",
                        ",content-changed,",
                        "Cited title: “Council approves bridge budget” · live page: “Flower show opens” · archived copy of"
                                + " 2013-05-01: “Council approves bridge budget”.");
        assertThat(render(new SarifReportRenderer(MAPPER), model))
                .contains("\"ruleId\" : \"USURPED\"", "\"ruleId\" : \"CONTENT_CHANGED\"", "\"level\" : \"warning\"");
        assertThat(render(new JunitReportRenderer(), model))
                .contains("<failure type=\"USURPED\"", "<failure type=\"CONTENT_CHANGED\"");
        assertThat(render(new MarkdownSummaryRenderer(), model))
                .contains("1 on a usurped domain, 1 whose page changed");
    }

    @Test
    void showsANewOwnersHostileTitleAsText() throws Exception {
        new ReportWriter()
                .writeAll(
                        report(cited(HARBOUR, null, usurped(false), false), cited(GAZETTE, null, changed(), false)),
                        dir);

        for (Path page : List.of(dir.resolve("report.html"))) {
            Document html = Jsoup.parse(page.toFile());
            assertThat(html.select("script")).as("the page's own script only").hasSize(1);
        }
        String all = String.join(
                "\n",
                java.nio.file.Files.walk(dir)
                        .filter(p -> p.toString().endsWith(".html"))
                        .map(p -> {
                            try {
                                Document d = Jsoup.parse(p.toFile());
                                assertThat(d.select("script")).hasSize(1);
                                return d.text();
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                        .toList());
        assertThat(all).contains("live page: “" + HOSTILE + "”");
    }

    @Test
    void gatesDriftOnlyWhenFailOnNamesItAndNeverForIgnoredCitations() {
        AuditReport report = report(cited(HARBOUR, null, usurped(false), false), cited(GAZETTE, null, changed(), true));

        assertThat(new Gate(new GatePolicy(FailOn.DEAD, 0))
                        .evaluate(report, Baseline.none())
                        .passed())
                .isTrue();
        GateResult usurped = new Gate(GatePolicy.parse("dead,usurped", 0)).evaluate(report, Baseline.none());
        GateResult changed = new Gate(GatePolicy.parse("content-changed", 0)).evaluate(report, Baseline.none());

        assertThat(usurped.offending()).containsExactly(HARBOUR);
        assertThat(usurped.explanation()).contains("1 link dead or on a usurped domain", "(--fail-on=dead,usurped)");
        assertThat(changed.passed())
                .as("the changed page's only citation is {{cbignore}}d")
                .isTrue();
    }

    @Test
    void suggestsUrlStatusUsurpedWithTheArchive() {
        LinkReport own = ReportFixtures.link(
                HARBOUR,
                Verdict.ALIVE,
                Reason.OK,
                200,
                null,
                null,
                null,
                cited(HARBOUR, "https://web.archive.org/web/20100615000000/" + HARBOUR, usurped(false), false));
        LinkReport none = ReportFixtures.link(
                HARBOUR, Verdict.ALIVE, Reason.OK, 200, null, null, null, cited(HARBOUR, null, usurped(false), false));
        LinkReport changedPage = ReportFixtures.link(
                GAZETTE, Verdict.ALIVE, Reason.OK, 200, null, null, null, cited(GAZETTE, null, changed(), false));

        assertThat(FixSuggestion.forCitation(own, own.citations().get(0))).hasValue("|url-status=usurped");
        assertThat(FixSuggestion.forCitation(none, none.citations().get(0)))
                .hasValue("|archive-url=https://web.archive.org/web/20100615000000/" + HARBOUR
                        + " |archive-date=2010-06-15 |url-status=usurped");
        assertThat(FixSuggestion.forCitation(
                        changedPage, changedPage.citations().get(0)))
                .as("whether the capture supports the text is an editor's call")
                .isEmpty();
    }

    @Test
    void policiesRefuseTwoDeadRulesOrNoneWithOthers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GatePolicy.parse("dead,new-dead", 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GatePolicy.parse("none,usurped", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GatePolicy.parse("usurped,unarchived-dead", 0).option()).isEqualTo("unarchived-dead,usurped");
    }

    private static String render(ReportRenderer renderer, ReportModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
