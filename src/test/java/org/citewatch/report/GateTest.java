package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateTest {

    /** Two dead links without archive (a, b), one dead with an archive (c), one unknown, one alive. */
    private static final AuditReport RUN = ReportFixtures.reportOf(
            7,
            List.of(
                    ReportFixtures.dead("http://a.example/"),
                    ReportFixtures.dead("http://b.example/"),
                    ReportFixtures.deadArchived("http://c.example/"),
                    ReportFixtures.unknown("http://u.example/"),
                    ReportFixtures.alive("http://ok.example/")));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--fail-on={0} --max-dead={1}: passed={2}, {3} offending")
    @CsvSource({
        // none never fails
        "none,            0, true,  0",
        // dead counts every DEAD link, archived or not; unknown never counts
        "dead,            0, false, 3",
        "dead,            2, false, 3",
        "dead,            3, true,  3",
        // unarchived-dead ignores the dead link whose citation has a working archive
        "unarchived-dead, 0, false, 2",
        "unarchived-dead, 1, false, 2",
        "unarchived-dead, 2, true,  2",
        // new-dead without any baseline: every dead link is new
        "new-dead,        0, false, 3",
        "new-dead,        3, true,  3"
    })
    void enforcesPolicyWithinBudget(String failOn, int maxDead, boolean passed, int offending) {
        GateResult result = new Gate(new GatePolicy(FailOn.parse(failOn), maxDead)).evaluate(RUN, Baseline.none());

        assertThat(result.passed()).as(result.explanation()).isEqualTo(passed);
        assertThat(result.offending()).hasSize(failOn.equals("none") ? 0 : offending);
        assertThat(result.exitCode()).isEqualTo(passed ? 0 : 1);
    }

    @ParameterizedTest(name = "--fail-on={0}")
    @CsvSource({"dead", "unarchived-dead", "new-dead"})
    void skipsDeadLinksCitedOnlyByCitationsMarkedCbignore(String failOn) {
        // given (issue 12) a dead link whose one citation carries {{cbignore}}, and one cited twice,
        // once ignored and once not
        CitationReport plain =
                ReportFixtures.cite(SampleReport.SEOUL, 1, 1, "http://b.example/", "cite web", null, null, null, false);
        CitationReport ignoredA = ReportFixtures.flagged(
                ReportFixtures.cite(SampleReport.SEOUL, 2, 1, "http://a.example/", "cite web", null, null, null, false),
                true,
                false);
        AuditReport run = ReportFixtures.reportOf(
                9,
                List.of(
                        ReportFixtures.dead("http://a.example/", ignoredA),
                        ReportFixtures.link(
                                "http://b.example/",
                                Verdict.DEAD,
                                Reason.HTTP_404,
                                404,
                                null,
                                null,
                                null,
                                ReportFixtures.flagged(plain, true, false),
                                plain)));

        GateResult result = new Gate(new GatePolicy(FailOn.parse(failOn), 0)).evaluate(run, Baseline.none());

        assertThat(result.offending())
                .as("the ignored-only link never counts; the other still does through its plain citation")
                .containsExactly("http://b.example/");
    }

    @Test
    void unarchivedDeadLooksOnlyAtCitationsThatAreNotIgnored() {
        // given a dead link cited once with a working archive and once, without one, under {{cbignore}}
        String url = "http://c.example/";
        CitationReport archived = new CitationReport(
                ReportFixtures.citation(
                        SampleReport.SEOUL,
                        1,
                        1,
                        url,
                        "cite web",
                        null,
                        "https://web.archive.org/web/2010/" + url,
                        true),
                ArchiveStatus.VALID,
                null);
        CitationReport unarchivedIgnored = ReportFixtures.flagged(
                ReportFixtures.cite(SampleReport.SEOUL, 5, 1, url, "bracketed", null, null, null, false), true, false);
        AuditReport run = ReportFixtures.reportOf(
                10,
                List.of(ReportFixtures.link(
                        url, Verdict.DEAD, Reason.HTTP_404, 404, null, null, null, archived, unarchivedIgnored)));

        GateResult result = new Gate(new GatePolicy(FailOn.UNARCHIVED_DEAD, 0)).evaluate(run, Baseline.none());

        assertThat(result.passed()).as(result.explanation()).isTrue();
    }

    @Test
    void explainsFailureInOneLineNamingTheLinks() {
        GateResult result = new Gate(new GatePolicy(FailOn.UNARCHIVED_DEAD, 0)).evaluate(RUN, Baseline.none());

        assertThat(result.explanation())
                .isEqualTo("gate failed: 2 links dead without an archive in the citation, budget 0"
                        + " (--fail-on=unarchived-dead): http://a.example/, http://b.example/")
                .doesNotContain("\n");
    }

    @Test
    void newDeadPassesWhenEveryDeadLinkWasDeadInTheBaselineFile() throws Exception {
        // given an earlier report.json in which a, b and c were already dead
        new ReportWriter().writeAll(RUN, dir);
        Baseline baseline = Baseline.read(dir.resolve("report.json"));
        AuditReport later = ReportFixtures.reportOf(
                8,
                List.of(
                        ReportFixtures.dead("http://a.example/"),
                        ReportFixtures.dead("http://b.example/"),
                        ReportFixtures.alive("http://c.example/")));

        GateResult result = new Gate(new GatePolicy(FailOn.NEW_DEAD, 0)).evaluate(later, baseline);

        assertThat(baseline.deadUrls())
                .containsExactlyInAnyOrder("http://a.example/", "http://b.example/", "http://c.example/");
        assertThat(result.passed()).as(result.explanation()).isTrue();
        assertThat(result.explanation()).contains("0 links newly dead since " + dir.resolve("report.json"));
    }

    @Test
    void newDeadFailsOnlyOnLinksThatRottedSinceTheBaseline() {
        Baseline previousRun = Baseline.of(RUN);
        AuditReport later = ReportFixtures.reportOf(
                8,
                List.of(
                        ReportFixtures.dead("http://a.example/"),
                        ReportFixtures.dead("http://new.example/"),
                        ReportFixtures.dead("http://u.example/")));

        GateResult strict = new Gate(new GatePolicy(FailOn.NEW_DEAD, 0)).evaluate(later, previousRun);
        GateResult budget = new Gate(new GatePolicy(FailOn.NEW_DEAD, 2)).evaluate(later, previousRun);

        assertThat(strict.offending()).containsExactly("http://new.example/", "http://u.example/");
        assertThat(strict.passed()).isFalse();
        assertThat(strict.explanation()).contains("newly dead since run 7");
        assertThat(budget.passed()).as("two new dead links fit a budget of two").isTrue();
    }

    @Test
    void needsBaselineOnlyForNewDead() {
        assertThat(new Gate(new GatePolicy(FailOn.NEW_DEAD, 0)).needsBaseline()).isTrue();
        assertThat(new Gate(new GatePolicy(FailOn.UNARCHIVED_DEAD, 0)).needsBaseline())
                .isFalse();
    }

    @Test
    void namesAtMostThreeLinksInTheExplanation() {
        AuditReport many = ReportFixtures.reportOf(
                9,
                List.of(
                        ReportFixtures.dead("http://1.example/"),
                        ReportFixtures.dead("http://2.example/"),
                        ReportFixtures.dead("http://3.example/"),
                        ReportFixtures.dead("http://4.example/"),
                        ReportFixtures.dead("http://5.example/")));

        GateResult result = new Gate(new GatePolicy(FailOn.DEAD, 0)).evaluate(many, Baseline.none());

        assertThat(result.explanation()).endsWith("http://1.example/, http://2.example/, http://3.example/ and 2 more");
        assertThat(result.offending()).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource({
        // the option's spellings
        "none, NONE",
        "dead, DEAD",
        "unarchived-dead, UNARCHIVED_DEAD",
        "NEW_DEAD, NEW_DEAD",
        "' new-dead ', NEW_DEAD"
    })
    void parsesFailOnOption(String option, FailOn expected) {
        assertThat(FailOn.parse(option)).isEqualTo(expected);
        assertThat(FailOn.parse(expected.option())).isEqualTo(expected);
    }

    @Test
    void rejectsUnknownFailOnNamingTheChoices() {
        assertThatThrownBy(() -> FailOn.parse("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "--fail-on must be one of none, dead, unarchived-dead, new-dead, usurped, content-changed, not 'sometimes'");
        assertThatThrownBy(() -> new GatePolicy(FailOn.DEAD, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBaselineThatIsNotAReportNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing.json");
        Path notJson = Files.writeString(dir.resolve("not.json"), "<html>");
        Path otherVersion = Files.writeString(dir.resolve("v2.json"), "{\"schemaVersion\":2,\"links\":[]}");
        Path noLinks = Files.writeString(dir.resolve("nolinks.json"), "{\"schemaVersion\":1}");

        assertThatThrownBy(() -> Baseline.read(missing))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> Baseline.read(notJson))
                .isInstanceOf(Baseline.InvalidBaselineException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> Baseline.read(otherVersion)).hasMessageContaining("schemaVersion 2");
        assertThatThrownBy(() -> Baseline.read(noLinks)).hasMessageContaining("no links array");
    }

    @Test
    void readsEmptyBaselineAsPresentWithNoDeadLinks() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"schemaVersion\":1,\"links\":[]}");

        Baseline baseline = Baseline.read(empty);

        assertThat(baseline.present()).isTrue();
        assertThat(baseline.deadUrls()).isEqualTo(Set.of());
    }
}
