package org.citewatch.job;

import java.util.concurrent.atomic.AtomicReference;
import org.citewatch.check.Verdict;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DefaultCitationExtractor;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.FileSystemDocumentReader;
import org.citewatch.extract.InputProperties;
import org.citewatch.extract.WikitextCitationExtractor;
import org.citewatch.report.AuditReport;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Beans the job needs from features whose Spring configuration is not merged yet: the real
 * extraction classes, a checker double and in-memory report doubles. Deliberately not a
 * {@code @Configuration}: tests add it as a source, so component scanning never picks it up.
 */
class JobTestDoubles {

    @Bean
    DocumentReader documentReader(InputProperties inputProperties) {
        return new FileSystemDocumentReader(inputProperties);
    }

    /** The real extractor, except that a document holding {@code FAIL-EXTRACTION} fails, as a parser bug would. */
    @Bean
    CitationExtractor citationExtractor(ExtractProperties extractProperties) {
        CitationExtractor real = new DefaultCitationExtractor(new WikitextCitationExtractor(extractProperties));
        return document -> {
            if (document.text().contains("FAIL-EXTRACTION")) {
                throw new IllegalStateException("parser failure in " + document.name());
            }
            return real.extract(document);
        };
    }

    @Bean
    HttpCheckerDouble linkChecker(Environment environment) {
        return new HttpCheckerDouble(
                environment.getProperty("citewatch.check.concurrency", Integer.class, 64),
                environment.getProperty("citewatch.check.per-host", Integer.class, 8));
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
