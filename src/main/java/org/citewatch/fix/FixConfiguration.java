package org.citewatch.fix;

import java.time.Clock;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.ConfirmationPolicy;
import org.citewatch.history.DocumentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code citewatch fix}: the door ({@link FixRunner}) and what it needs. */
@Configuration(proxyBeanMethods = false)
public class FixConfiguration {

    @Bean
    FixRunner fixRunner(
            AuditReportAssembler auditReportAssembler,
            DocumentRepository documentRepository,
            ConfirmationPolicy confirmationPolicy,
            DocumentReader documentReader,
            ExtractProperties extractProperties,
            FixProperties fixProperties) {
        return new FixRunner(
                auditReportAssembler,
                documentRepository,
                confirmationPolicy,
                documentReader,
                new DocumentFixer(extractProperties, fixProperties),
                Clock.systemUTC());
    }
}
