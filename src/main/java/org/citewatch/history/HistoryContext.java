package org.citewatch.history;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The light context of commands that only read the history ({@code citewatch history}): the data
 * source, Flyway and the history beans, without the job, the checker or the archive clients.
 */
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration"
        })
@EnableConfigurationProperties(HistoryProperties.class)
@Import(HistoryConfiguration.class)
public class HistoryContext {}
