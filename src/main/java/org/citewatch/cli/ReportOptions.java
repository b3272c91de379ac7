package org.citewatch.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** The report and gate options shared by {@code audit} and {@code report}. */
final class ReportOptions {

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "Folder for the report files (citewatch.report.dir). Default: reports/")
    String reportDir;

    @Option(
            names = "--fail-on",
            paramLabel = "POLICY",
            description = "Gate: none, dead, unarchived-dead or new-dead, and usurped or content-changed to count"
                    + " links that answer with the wrong page (comma-separated: unarchived-dead,usurped); exit 1"
                    + " when broken (citewatch.report.fail-on). Default: unarchived-dead")
    String failOn;

    @Option(
            names = "--max-dead",
            paramLabel = "N",
            description = "Dead links allowed before the gate fails (citewatch.report.max-dead). Default: 0")
    Integer maxDead;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "An earlier report.json for --fail-on=new-dead (citewatch.report.baseline). "
                    + "Default: none (the previous run in the history)")
    String baseline;

    void addTo(Map<String, Object> overrides) {
        overrides.put("citewatch.report.dir", reportDir);
        overrides.put("citewatch.report.fail-on", failOn);
        overrides.put("citewatch.report.max-dead", maxDead);
        overrides.put("citewatch.report.baseline", baseline);
    }
}
