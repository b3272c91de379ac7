package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.HistoryEntry;
import org.citewatch.report.LinkReport;
import org.junit.jupiter.api.Test;

/** The report's order of citations and checks, which the assembler sorts itself (issue 5: report step speed). */
class AuditReportAssemblerTest {

    private static final String URL = "https://example.org/page";
    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    private final HistoryDatabase db = new HistoryDatabase();
    private final RunRepository runs = db.runs;
    private final AuditReportAssembler assembler =
            new AuditReportAssembler(db.jdbc, db.runs, db.documents, new ArchiveRepository(db.jdbc));

    @Test
    void listsALinksCitationsByDocumentNameThenInDocumentOrder() {
        long run = runs.start(List.of("corpus"), DAY);
        store(run, "b.wiki", false, 1, 3);
        store(run, "a.wiki", false, 7);

        LinkReport link = onlyLink(assembler.assemble(run, DAY));

        assertThat(link.citations())
                .extracting(CitationReport::citation)
                .extracting(c -> c.document() + ":" + c.line())
                .containsExactly("a.wiki:7", "b.wiki:1", "b.wiki:3");
    }

    @Test
    void showsTheNewestCheckMadeUpToTheRunAndTheHistoryNewestFirst() {
        // given: three nights; the third night's clock was behind the second's
        night(DAY.plusSeconds(10 * 3600), Verdict.DEAD, Reason.HTTP_404);
        long second = night(DAY.plusSeconds(12 * 3600), Verdict.ALIVE, Reason.OK);
        long third = night(DAY.plusSeconds(11 * 3600), Verdict.UNKNOWN, Reason.TIMEOUT);

        // when
        LinkReport latest = onlyLink(assembler.assemble(third, DAY));
        LinkReport earlier = onlyLink(assembler.assemble(second, DAY));

        // then
        assertThat(latest.verdict()).as("the latest check by time, not by run").isEqualTo(Verdict.ALIVE);
        assertThat(latest.history())
                .extracting(HistoryEntry::verdict)
                .containsExactly(Verdict.ALIVE, Verdict.UNKNOWN, Verdict.DEAD);
        assertThat(earlier.history())
                .as("checks of later runs are not shown in an earlier run's report")
                .extracting(HistoryEntry::verdict)
                .containsExactly(Verdict.ALIVE, Verdict.DEAD);
    }

    private long night(Instant checkedAt, Verdict verdict, Reason reason) {
        long run = runs.start(List.of("corpus"), checkedAt);
        store(run, "a.wiki", true, 1);
        db.check(run, URL, verdict, reason, checkedAt);
        return run;
    }

    /** A document citing {@link #URL} on the given lines. */
    private void store(long run, String name, boolean sameAsBefore, int... lines) {
        db.store(
                run,
                name,
                sameAsBefore,
                DAY,
                Arrays.stream(lines)
                        .mapToObj(line -> HistoryDatabase.citation(name, line, URL))
                        .toList());
    }

    private static LinkReport onlyLink(AuditReport report) {
        assertThat(report.links()).hasSize(1);
        return report.links().get(0);
    }
}
