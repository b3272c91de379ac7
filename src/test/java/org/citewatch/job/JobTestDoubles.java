package org.citewatch.job;

import java.util.concurrent.atomic.AtomicReference;
import org.citewatch.check.Verdict;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DocumentReader;
import org.citewatch.report.AuditReport;
import org.springframework.context.annotation.Bean;

/**
 * The beans of the features not merged yet, as test doubles. Deliberately not a
 * {@code @Configuration}: tests add it as a source, so component scanning never picks it up.
 */
class JobTestDoubles {

    @Bean
    DocumentReader documentReader() {
        return new FixtureDocumentReader();
    }

    @Bean
    CitationExtractor citationExtractor() {
        return new FixtureCitationExtractor();
    }

    @Bean
    HttpCheckerDouble linkChecker(org.springframework.core.env.Environment environment) {
        return new HttpCheckerDouble(
                environment.getProperty("citewatch.check.concurrency", Integer.class, 64),
                environment.getProperty("citewatch.check.per-host", Integer.class, 8));
    }

    @Bean
    CdxAdvisorDouble archiveAdvisor() {
        return new CdxAdvisorDouble();
    }

    @Bean
    AtomicReference<AuditReport> lastReport() {
        return new AtomicReference<>();
    }

    @Bean
    AuditReportPublisher auditReportPublisher(AtomicReference<AuditReport> lastReport) {
        return lastReport::set;
    }

    /** Fails on a dead link without a snapshot, like {@code --fail-on=unarchived-dead}. */
    @Bean
    AuditGate auditGate() {
        return report -> {
            long unarchived = report.links().stream()
                    .filter(l -> l.verdict() == Verdict.DEAD && l.archive() == null)
                    .count();
            return new AuditGate.Decision(unarchived == 0, unarchived + " dead links without an archive");
        };
    }
}
