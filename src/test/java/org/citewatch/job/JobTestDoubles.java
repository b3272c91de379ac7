package org.citewatch.job;

import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DefaultCitationExtractor;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.FileSystemDocumentReader;
import org.citewatch.extract.InputProperties;
import org.citewatch.extract.WikitextCitationExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Beans the job needs from features whose Spring configuration is not merged yet: the real
 * extraction classes, and a checker double. Deliberately not a
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
}
