package org.citewatch.archive;

import java.time.Clock;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive feature: an {@link ArchiveAdvisor} over the shared {@link OkHttpClient} (see {@code
 * org.citewatch.http.HttpConfiguration}) and the run's database, which must hold the tables of {@code
 * db/migration/common/V3__archive_cache.sql}. Settings: {@link ArchiveProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
public class ArchiveConfiguration {

    @Bean
    ArchiveAdvisor archiveAdvisor(
            OkHttpClient sharedHttpClient, DataSource dataSource, ArchiveProperties archiveProperties) {
        return ArchiveWiring.advisor(sharedHttpClient, dataSource, archiveProperties, Clock.systemUTC());
    }
}
