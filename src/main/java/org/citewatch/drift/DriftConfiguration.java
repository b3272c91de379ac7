package org.citewatch.drift;

import org.citewatch.archive.ArchiveAdvisor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drift feature: a {@link DriftInspector} over the history database (which must hold the tables
 * of {@code db/migration/common/V14__content_drift.sql}) and the run's archive advisor. Settings:
 * {@link DriftProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DriftProperties.class)
public class DriftConfiguration {

    @Bean
    DriftInspector driftInspector(
            JdbcTemplate jdbcTemplate, ArchiveAdvisor archiveAdvisor, DriftProperties driftProperties) {
        return new DriftInspector(new DriftRepository(jdbcTemplate), archiveAdvisor, driftProperties);
    }
}
