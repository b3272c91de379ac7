package org.citewatch.fix;

import java.time.Clock;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.ConfirmationPolicy;
import org.citewatch.history.DocumentRepository;
import org.citewatch.wiki.RevisionTexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code citewatch fix}: the door ({@link FixRunner}), the planner it shares with the HTML report
 * ({@link FixPlanner}), and what they need.
 */
@Configuration(proxyBeanMethods = false)
public class FixConfiguration {

    @Bean
    FixPlanner fixPlanner(
            DocumentRepository documentRepository,
            ConfirmationPolicy confirmationPolicy,
            DocumentReader documentReader,
            RevisionTexts revisionTexts,
            ExtractProperties extractProperties,
            FixProperties fixProperties) {
        return new FixPlanner(
                documentRepository,
                confirmationPolicy,
                documentReader,
                revisionTexts,
                new DocumentFixer(extractProperties, fixProperties),
                extractProperties,
                fixProperties.out(),
                Clock.systemUTC());
    }

    @Bean
    FixRunner fixRunner(AuditReportAssembler auditReportAssembler, FixPlanner fixPlanner) {
        return new FixRunner(auditReportAssembler, fixPlanner, Clock.systemUTC());
    }
}
