package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.citewatch.fix.FixPlanner;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.RunRepository;
import org.citewatch.report.AuditReport;
import org.citewatch.report.FailOn;
import org.citewatch.report.Gate;
import org.citewatch.report.GatePolicy;
import org.citewatch.report.ReportProperties;
import org.citewatch.report.ReportWriter;
import org.citewatch.report.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report step's use of the fix planner: the changes add to the report and never cost it. */
class RunReporterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void writesTheReportWithoutChangesWhenWorkingThemOutFails() {
        FixPlanner planner = mock(FixPlanner.class);
        when(planner.changes(any())).thenThrow(new IllegalArgumentException("a bug in a rescue rule"));

        reporter(planner, true).write(7L);

        assertThat(dir.resolve("report.html")).exists();
        assertThat(dir.resolve("report.json")).exists();
    }

    @Test
    void readsNoDocumentAgainWhenExactChangesAreSwitchedOff() {
        FixPlanner planner = mock(FixPlanner.class);

        reporter(planner, false).write(7L);

        verify(planner, never()).changes(any());
        assertThat(dir.resolve("report.html")).exists();
    }

    /** A reporter of run 7, an empty run, with the given planner and {@code exact-changes} setting. */
    private RunReporter reporter(FixPlanner planner, boolean exactChanges) {
        AuditReport report = new AuditReport(
                new RunSummary(7, NOW, NOW, List.of("pages/"), 0, 0, 0, Map.of(), Map.of(), 0),
                List.of(),
                List.of(),
                List.of());
        AuditReportAssembler assembler = mock(AuditReportAssembler.class);
        when(assembler.assemble(7L, NOW)).thenReturn(report);
        return new RunReporter(
                assembler,
                mock(RunRepository.class),
                new ReportWriter(),
                planner,
                new ReportProperties(dir, List.of(FailOn.DEAD), 0, "", exactChanges),
                new Gate(new GatePolicy(FailOn.DEAD, 0)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
