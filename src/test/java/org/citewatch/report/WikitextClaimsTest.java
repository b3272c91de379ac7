package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.CitationDates;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.DeadLinkTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 item 2: the wikitext's own claims against the verdict. A link tagged dead that answers is
 * "tagged dead, answers now", never {@code none}; {@code url-status=live} on a confirmed-dead link is
 * "marked live, dead now"; both in every report, with their gate semantics.
 */
class WikitextClaimsTest {

    private static final String URL = "http://www.example.go.kr/summit/overview.jsp?menu=1";
    private static final String OWN_ARCHIVE = "https://web.archive.org/web/20120301000000/" + URL;
    private static final Snapshot BEFORE_TAG = new Snapshot(
            "https://web.archive.org/web/20160302000000/" + URL,
            Instant.parse("2016-03-02T00:00:00Z"),
            SnapshotSource.WAYBACK_CDX,
            ArchiveStatus.VALID,
            -820L);

    @TempDir
    Path dir;

    static Citation tagged(String template, String urlStatus, DeadLinkTag tag, String archiveUrl) {
        return new Citation(
                "核安全峰會",
                7,
                12,
                URL,
                URL,
                template,
                null,
                "2012 Seoul Nuclear Security Summit",
                archiveUrl,
                archiveUrl == null ? null : CitationDates.parse("2012-03-01"),
                null,
                tag != null || "dead".equals(urlStatus),
                urlStatus,
                tag,
                "2012NSS",
                1,
                null,
                null);
    }

    static DeadLinkTag deadLinkTag() {
        return new DeadLinkTag(
                "Dead link",
                new CitationDate("2018年6月", LocalDate.of(2018, 6, 1), CitationDate.Precision.MONTH),
                "InternetArchiveBot",
                "no");
    }

    private static CitationReport report(Citation citation, ArchiveStatus status, Snapshot snapshot) {
        return new CitationReport(
                citation,
                status,
                snapshot,
                SnapshotTarget.of(citation, LocalDate.of(2026, 11, 1)),
                DateStyle.detect("", "zh"));
    }

    private static LinkReport alive(CitationReport citation) {
        return ReportFixtures.link(URL, Verdict.ALIVE, Reason.OK, 200, URL, null, null, citation);
    }

    private static LinkReport dead(boolean confirmed, CitationReport citation) {
        LinkReport dead = ReportFixtures.link(URL, Verdict.DEAD, Reason.HTTP_404, 404, URL, null, null, citation);
        return new LinkReport(
                dead.url(),
                dead.verdict(),
                dead.reason(),
                dead.httpStatus(),
                dead.finalUrl(),
                dead.checkedAt(),
                confirmed,
                false,
                dead.evidence(),
                dead.archive(),
                dead.history(),
                dead.citations());
    }

    private static LinkReport taggedAliveLink() {
        return alive(report(tagged("bracketed", null, deadLinkTag(), null), null, BEFORE_TAG));
    }

    private static LinkReport markedLiveLink() {
        return dead(true, report(tagged("cite web", "live", null, OWN_ARCHIVE), ArchiveStatus.VALID, null));
    }

    @Test
    void aDeadLinkTagOnALinkThatAnswersIsAProblemOfItsOwn() {
        LinkReport link = taggedAliveLink();

        CitationRow row = CitationRow.of(link, link.citations().get(0));

        assertThat(row.kind()).isEqualTo(ProblemKind.TAGGED_DEAD_ALIVE);
        assertThat(row.kind().isProblem()).isTrue();
        assertThat(row.fallback()).as("the snapshot found for it is shown").contains(BEFORE_TAG);
        assertThat(row.fix()).as("an editor decides which reading holds").isEmpty();
        assertThat(ProblemText.readings(row))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("remove the {{Dead link}} tag")
                        .contains("only looks alive")
                        .contains("the snapshot of 2016-03-02")
                        .contains("before the {{dead link}} date 2018-06"));
    }

    @Test
    void urlStatusDeadOnALinkThatAnswersIsTaggedDeadToo() {
        LinkReport link = alive(report(tagged("cite web", "dead", null, OWN_ARCHIVE), ArchiveStatus.VALID, null));

        CitationRow row = CitationRow.of(link, link.citations().get(0));

        assertThat(row.kind()).isEqualTo(ProblemKind.TAGGED_DEAD_ALIVE);
        assertThat(ProblemText.readings(row))
                .hasValueSatisfying(text ->
                        assertThat(text).contains("set |url-status=live").contains("the citation's archive copy"));
    }

    @Test
    void urlStatusLiveOnAConfirmedDeadLinkIsMarkedLiveDeadNow() {
        LinkReport link = markedLiveLink();

        CitationRow row = CitationRow.of(link, link.citations().get(0));

        assertThat(row.kind()).isEqualTo(ProblemKind.MARKED_LIVE_DEAD);
        assertThat(row.fix()).contains("|url-status=dead");
    }

    @Test
    void urlStatusLiveOnALinkDeadOnlyThisRunStaysDeadArchived() {
        LinkReport link = dead(false, report(tagged("cite web", "live", null, OWN_ARCHIVE), ArchiveStatus.VALID, null));

        assertThat(CitationRow.of(link, link.citations().get(0)).kind())
                .as("one failed check is not enough to contradict the editor")
                .isEqualTo(ProblemKind.DEAD_ARCHIVED);
    }

    @Test
    void theGateNeverFailsOnATaggedLinkThatAnswersButCountsAMarkedLiveDeadOneAsDead() {
        AuditReport report = ReportFixtures.reportOf(1, List.of(taggedAliveLink(), markedLiveLink()));

        GateResult dead = new Gate(new GatePolicy(FailOn.DEAD, 0)).evaluate(report, Baseline.none());
        GateResult unarchived = new Gate(new GatePolicy(FailOn.UNARCHIVED_DEAD, 0)).evaluate(report, Baseline.none());

        assertThat(dead.offending()).containsExactly(URL);
        assertThat(dead.passed()).isFalse();
        assertThat(unarchived.passed())
                .as("a marked-live-dead citation carries a working archive")
                .isTrue();
    }

    @Test
    void everyReportNamesBothKinds() throws Exception {
        String other = "http://other.example/gone";
        LinkReport marked = markedLiveLink();
        LinkReport markedOther = new LinkReport(
                other,
                marked.verdict(),
                marked.reason(),
                marked.httpStatus(),
                other,
                marked.checkedAt(),
                true,
                false,
                null,
                null,
                marked.history(),
                List.of(report(
                        new Citation(
                                "核安全峰會",
                                9,
                                3,
                                other,
                                other,
                                "cite web",
                                "url",
                                "T",
                                OWN_ARCHIVE,
                                null,
                                null,
                                false,
                                "live",
                                null,
                                null,
                                1,
                                null,
                                null),
                        ArchiveStatus.VALID,
                        null)));
        ReportModel model = ReportModel.of(ReportFixtures.reportOf(3, List.of(taggedAliveLink(), markedOther)));

        String csv = render(new CsvReportRenderer(), model);
        String markdown = render(new MarkdownSummaryRenderer(), model);
        String sarif = render(new SarifReportRenderer(JsonMapper.builder().build()), model);
        String junit = render(new JunitReportRenderer(), model);
        String html = render(new HtmlReportRenderer(), model);
        Path json = dir.resolve("report.json");
        Files.write(
                json,
                render(new JsonReportRenderer(JsonMapper.builder().build()), model)
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(csv).contains(",tagged-dead-alive,", ",marked-live-dead,");
        assertThat(markdown).contains("1 marked live but dead", "1 tagged dead but answering");
        assertThat(sarif).contains("\"ruleId\" : \"TAGGED_DEAD_ALIVE\"", "\"ruleId\" : \"MARKED_LIVE_DEAD\"");
        assertThat(junit).contains("<system-out>Line 7:12 Tagged dead, answers now: ");
        assertThat(html).contains("k-tagged-dead-alive", "k-marked-live-dead", "Tagged dead, answers now");
        JsonNode problems = JsonMapper.builder().build().readTree(json.toFile()).get("links");
        assertThat(problems.findValuesAsString("problem")).contains("tagged-dead-alive", "marked-live-dead");
        assertThat(JsonSchemas.validate(Path.of("docs/report.schema.json"), SpecVersion.VersionFlag.V202012, json))
                .as("the schema knows the new kinds and fields")
                .isEmpty();
    }

    private static String render(ReportRenderer renderer, ReportModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
