package org.citewatch.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report files and the CI gate ({@code citewatch.report.*}); the defaults equal
 * config/application.yml.
 *
 * @param dir where the report files go ({@code --report-dir})
 * @param failOn when the gate fails the run ({@code --fail-on}): a rule about dead links, and the
 *     rules about links with the wrong page that should count ({@code unarchived-dead,usurped})
 * @param maxDead how many offending dead links the gate tolerates ({@code --max-dead})
 * @param exactChanges whether report.html shows each citation's exact wikitext change; working them
 *     out reads every document with something to fix again, which for a large dump is a second pass
 *     over it
 * @param baseline an earlier report.json for {@code --fail-on=new-dead}; empty: the previous run in
 *     the history
 */
@ConfigurationProperties("citewatch.report")
public record ReportProperties(
        @DefaultValue("reports") Path dir,
        @DefaultValue("unarchived-dead") List<FailOn> failOn,
        @DefaultValue("0") int maxDead,
        @DefaultValue("") String baseline,
        @DefaultValue("true") boolean exactChanges) {

    public ReportProperties {
        Objects.requireNonNull(dir, "dir");
        failOn = List.copyOf(Objects.requireNonNull(failOn, "failOn"));
        if (maxDead < 0) {
            throw new IllegalArgumentException("citewatch.report.max-dead cannot be negative: " + maxDead);
        }
        baseline = baseline == null ? "" : baseline.trim();
    }

    /** The baseline file, when one is set. */
    public Optional<Path> baselineFile() {
        return baseline.isEmpty() ? Optional.empty() : Optional.of(Path.of(baseline));
    }
}
