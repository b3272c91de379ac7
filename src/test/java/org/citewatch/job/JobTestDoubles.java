package org.citewatch.job;

import org.citewatch.check.LinkChecker;
import org.citewatch.extract.CitationExtractor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Test hooks around the real beans: the link checker is wrapped so that tests see what it was
 * asked and can make it crash, and the extractor fails on a document holding {@code FAIL-EXTRACTION},
 * as a parser bug would. Deliberately not a {@code @Configuration}: tests add it as a source
 * ({@code spring.main.sources}), so component scanning never picks it up.
 */
class JobTestDoubles {

    @Bean
    static BeanPostProcessor testHooks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LinkChecker checker) {
                    return new RecordingChecker(checker);
                }
                if (bean instanceof CitationExtractor real) {
                    return (CitationExtractor) document -> {
                        if (document.text().contains("FAIL-EXTRACTION")) {
                            throw new IllegalStateException("parser failure in " + document.name());
                        }
                        return real.extract(document);
                    };
                }
                return bean;
            }
        };
    }
}
