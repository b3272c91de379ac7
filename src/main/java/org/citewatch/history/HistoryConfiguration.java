package org.citewatch.history;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history database: the Spring Batch schema migration, the repositories, the recheck and
 * confirmation policies, the run lock and the report assembler. The data source and Flyway come
 * from Spring Boot ({@code spring.datasource.url}, set from {@code citewatch.db}).
 */
@Configuration(proxyBeanMethods = false)
public class HistoryConfiguration {

    /** Static: a post-processor is created before the other beans, the data source among them. */
    @Bean
    static H2CommitDurability h2CommitDurability() {
        return new H2CommitDurability();
    }

    /** Flyway picks this up as version 1 (Spring Boot hands {@code JavaMigration} beans to Flyway). */
    @Bean
    BatchSchemaMigration batchSchemaMigration() {
        return new BatchSchemaMigration();
    }

    /** Version 12: existing links move to the buckets {@code Keys.bucket} computes now. */
    @Bean
    HostBucketMigration hostBucketMigration() {
        return new HostBucketMigration();
    }

    @Bean
    RecheckPolicy recheckPolicy(HistoryProperties properties) {
        return new RecheckPolicy(
                properties.aliveRecheckAfter(), properties.failedRecheckAfter(), properties.recheckSlack());
    }

    @Bean
    ConfirmationPolicy confirmationPolicy(HistoryProperties properties) {
        return new ConfirmationPolicy(properties.confirmFailures(), properties.confirmSpan(), properties.flapWindow());
    }

    @Bean
    LinkRepository linkRepository(JdbcTemplate jdbcTemplate, ConfirmationPolicy confirmationPolicy) {
        return new LinkRepository(jdbcTemplate, confirmationPolicy);
    }

    @Bean
    DocumentRepository documentRepository(JdbcTemplate jdbcTemplate, LinkRepository linkRepository) {
        return new DocumentRepository(jdbcTemplate, linkRepository);
    }

    @Bean
    RunRepository runRepository(JdbcTemplate jdbcTemplate) {
        return new RunRepository(jdbcTemplate);
    }

    @Bean
    ArchiveRepository archiveRepository(JdbcTemplate jdbcTemplate) {
        return new ArchiveRepository(jdbcTemplate);
    }

    @Bean
    HistoryReaders historyReaders(DataSource dataSource, RecheckPolicy recheckPolicy) {
        return new HistoryReaders(dataSource, recheckPolicy);
    }

    @Bean
    RunLock runLock(JdbcTemplate jdbcTemplate, HistoryProperties properties) {
        return new RunLock(jdbcTemplate, properties.lockStaleAfter(), properties.lockHeartbeat(), Clock.systemUTC());
    }

    @Bean
    AuditReportAssembler auditReportAssembler(
            JdbcTemplate jdbcTemplate,
            RunRepository runRepository,
            DocumentRepository documentRepository,
            ArchiveRepository archiveRepository) {
        return new AuditReportAssembler(jdbcTemplate, runRepository, documentRepository, archiveRepository);
    }
}
