package org.citewatch.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report feature: the writer of the report files and the CI gate. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
public class ReportConfiguration {

    @Bean
    ReportWriter reportWriter() {
        return new ReportWriter();
    }

    @Bean
    Gate gate(ReportProperties properties) {
        return new Gate(GatePolicy.from(properties));
    }
}
