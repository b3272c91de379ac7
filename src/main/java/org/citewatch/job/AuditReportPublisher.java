package org.citewatch.job;

import org.citewatch.report.AuditReport;

/** Where the report step sends a run's assembled report (the report files). */
@FunctionalInterface
public interface AuditReportPublisher {

    /** Writes the report; an I/O failure is thrown and fails the step, which a restart retries. */
    void publish(AuditReport report);
}
