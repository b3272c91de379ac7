package org.citewatch.report;

import java.util.List;
import java.util.Objects;
import org.citewatch.extract.DocumentError;

/**
 * Everything the report files show about one run; assembled from the history database, rendered
 * by the renderers without further lookups.
 *
 * @param run the run's identity and counts
 * @param links one entry per unique URL, each with its citations
 * @param errors documents or pages that could not be read
 * @param trend earlier runs and this one, oldest first, for the trend chart
 */
public record AuditReport(RunSummary run, List<LinkReport> links, List<DocumentError> errors, List<TrendPoint> trend) {

    public AuditReport {
        Objects.requireNonNull(run, "run");
        links = List.copyOf(links);
        errors = List.copyOf(errors);
        trend = List.copyOf(trend);
    }
}
