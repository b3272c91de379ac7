package org.citewatch.job;

import org.citewatch.check.LinkChecker;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DefaultCitationExtractor;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.FileSystemDocumentReader;
import org.citewatch.extract.InputProperties;
import org.citewatch.extract.WikitextCitationExtractor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Beans the job needs from features whose Spring configuration is not merged yet: the real
 * extraction classes, and a recording wrapper around the real link checker. Deliberately not a
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

    /** The real link checker, wrapped so that tests see what it was asked and can make it crash. */
    @Bean
    static BeanPostProcessor recordingChecker() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof LinkChecker checker ? new RecordingChecker(checker) : bean;
            }
        };
    }
}
