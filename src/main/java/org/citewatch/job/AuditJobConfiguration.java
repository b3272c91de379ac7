package org.citewatch.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.check.LinkChecker;
import org.citewatch.check.Paywalls;
import org.citewatch.drift.DriftInspector;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.fix.FixPlanner;
import org.citewatch.history.ArchiveCandidate;
import org.citewatch.history.ArchiveRepository;
import org.citewatch.history.AuditReportAssembler;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.history.DocumentRepository;
import org.citewatch.history.DueLink;
import org.citewatch.history.HistoryReaders;
import org.citewatch.history.LinkRepository;
import org.citewatch.history.RunLock;
import org.citewatch.history.RunRepository;
import org.citewatch.report.Gate;
import org.citewatch.report.ReportProperties;
import org.citewatch.report.ReportWriter;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code citationAudit} job, step by step:
 *
 * <ol>
 *   <li>{@code extract}: documents of the inputs (files, folders, wiki pages) → citations,
 *       stored; unchanged documents (same content, or same wiki revision) keep their stored citations; the checks of each committed chunk's due links start at once
 *       ({@link CheckAhead});
 *   <li>{@code check}: the run's URLs due for a check → verdicts, partitioned by host range
 *       ({@code checkHosts} partitions, run by threads of this JVM or, in a distributed audit, by
 *       {@code citewatch worker} processes), each chunk's checks in flight at once; every result,
 *       whichever step started its check, is stored soon after it finishes ({@link CheckResultStore});
 *   <li>{@code archive}: dead or tagged citations, and archive URLs → validations and snapshots,
 *       each chunk examined together (batched Availability first, CDX where it left the answer
 *       open, within the run's CDX budget);
 *   <li>{@code drift}: ALIVE links, a host bucket at a time → content changed or host usurped, from
 *       what the check step kept of each page and one archived capture per candidate (docs/drift.md);
 *   <li>{@code report}: the report assembled from the database and written, with the exact wikitext
 *       change of each citation {@code citewatch fix} would rescue ({@link FixPlanner});
 *   <li>{@code gate}: the CI gate → the job's exit status.
 * </ol>
 *
 * The job repository is Spring Batch's JDBC one ({@link JdbcJobRepository}) in the history
 * database, so a failed or killed run is restarted where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    static final String JOB_NAME = "citationAudit";

    /**
     * The Spring profile of a distributed audit's manager: the check step's partitions go to workers
     * over the broker instead of to threads of this JVM.
     */
    public static final String DISTRIBUTED = "distributed";

    /** The bean name, and so the name workers look the partition step up by. */
    public static final String CHECK_HOSTS_STEP = "checkHostsStep";

    private static final String RUN_ID = "#{jobParameters['runId']}";

    private static final String RECHECK_ALL = "#{jobParameters['recheckAll']}";

    @Bean
    Job citationAudit(
            JobRepository jobRepository,
            Step extractStep,
            Step checkStep,
            Step archiveStep,
            Step driftStep,
            Step reportStep,
            Step gateStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(extractStep)
                .next(checkStep)
                .next(archiveStep)
                .next(driftStep)
                .next(reportStep)
                .next(gateStep)
                .build();
    }

    // ---- 1. extract: documents -> citations ------------------------------------------------------

    @Bean
    Step extractStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DocumentItemReader documentItemReader,
            ExtractProcessor extractProcessor,
            DocumentWriter documentWriter,
            ProgressListener progressListener,
            JobProperties properties) {
        return ChunkSteps.<Document, DocumentExtraction>chunks(
                        "extract",
                        properties.extractChunkSize(),
                        jobRepository,
                        transactionManager,
                        progressListener,
                        properties)
                .reader(documentItemReader)
                .processor(extractProcessor)
                .writer(documentWriter)
                .skipListener(documentWriter)
                .build();
    }

    @Bean
    @StepScope
    DocumentItemReader documentItemReader(
            DocumentInputs documentInputs,
            DocumentRepository documentRepository,
            @Value("#{jobParameters['inputs']}") String inputs,
            @Value(RUN_ID) Long runId) {
        return new DocumentItemReader(documentInputs, documentRepository, Arrays.asList(inputs.split("\n")), runId);
    }

    @Bean
    ExtractProcessor extractProcessor(CitationExtractor citationExtractor, DocumentRepository documentRepository) {
        return new ExtractProcessor(citationExtractor, documentRepository);
    }

    @Bean
    @StepScope
    DocumentWriter documentWriter(
            DocumentRepository documentRepository,
            CheckAhead checkAhead,
            RunRepository runRepository,
            @Value(RUN_ID) Long runId,
            @Value(RECHECK_ALL) String recheckAll) {
        return new DocumentWriter(
                documentRepository,
                checkAhead,
                runId,
                Boolean.parseBoolean(recheckAll),
                runStart(runRepository, runId),
                Clock.systemUTC());
    }

    /** Checks started during extraction, handed over to the check step. */
    @Bean
    CheckAhead checkAhead(CheckResultStore checkResultStore, HistoryReaders historyReaders, JobProperties properties) {
        return new CheckAhead(checkResultStore, historyReaders, properties.checkAhead());
    }

    /** Stores each check's result soon after it finishes, whichever step started it. */
    @Bean
    CheckResultStore checkResultStore(
            LinkRepository linkRepository,
            LinkChecker linkChecker,
            Paywalls paywalls,
            PlatformTransactionManager transactionManager,
            JobProperties properties) {
        return new CheckResultStore(
                linkRepository,
                linkChecker,
                paywalls,
                new TransactionTemplate(transactionManager),
                properties.storeChecksWithin(),
                properties.checkChunkSize());
    }

    // ---- 2. check: due URLs -> verdicts, partitioned by host range -------------------------------

    /**
     * The check step hands its host-range partitions to {@code checkPartitions}: threads of this JVM
     * by default, or workers in other JVMs in a distributed audit ({@code scale}).
     */
    @Bean
    Step checkStep(JobRepository jobRepository, PartitionHandler checkPartitions, ProgressListener progressListener) {
        return new StepBuilder("check", jobRepository)
                .listener(progressListener)
                .partitioner("checkHosts", new HostRangePartitioner(HistoryReaders.hostBuckets()))
                .partitionHandler(checkPartitions)
                .build();
    }

    /** The partitions run side by side in this JVM: the default, single-machine audit. */
    @Bean
    @Profile("!" + DISTRIBUTED)
    PartitionHandler checkPartitions(Step checkHostsStep, JobProperties properties) {
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("citewatch-check-");
        partitionThreads.setConcurrencyLimit(properties.partitions());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(checkHostsStep);
        handler.setTaskExecutor(partitionThreads);
        handler.setGridSize(properties.partitions());
        return handler;
    }

    @Bean
    Step checkHostsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<DueLink> dueUrls,
            CheckStarter checkStarter,
            CheckWriter checkWriter,
            ProgressListener progressListener,
            JobProperties properties) {
        return ChunkSteps.<DueLink, CheckWriter.Pending>chunks(
                        "checkHosts",
                        properties.checkChunkSize(),
                        jobRepository,
                        transactionManager,
                        progressListener,
                        properties)
                .reader(dueUrls)
                .processor(checkStarter)
                .writer(checkWriter)
                .build();
    }

    @Bean
    @StepScope
    CheckStarter checkStarter(CheckResultStore checkResultStore, CheckAhead checkAhead, @Value(RUN_ID) Long runId) {
        return new CheckStarter(checkResultStore, checkAhead, runId);
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<DueLink> dueUrls(
            HistoryReaders historyReaders,
            RunRepository runRepository,
            @Value(RUN_ID) Long runId,
            @Value(RECHECK_ALL) String recheckAll,
            @Value("#{stepExecutionContext['" + HostRangePartitioner.FROM + "']}") Integer fromBucket,
            @Value("#{stepExecutionContext['" + HostRangePartitioner.TO + "']}") Integer toBucket) {
        return historyReaders.dueUrls(
                "dueUrls",
                runId,
                fromBucket,
                toBucket,
                Boolean.parseBoolean(recheckAll),
                runStart(runRepository, runId));
    }

    /** The recheck policy is applied as of the run's start, so a resumed run sees the same work. */
    private static Instant runStart(RunRepository runRepository, long runId) {
        return runRepository.find(runId).orElseThrow().startedAt();
    }

    @Bean
    CheckWriter checkWriter() {
        return new CheckWriter();
    }

    // ---- 3. archive: dead or tagged citations -> archive validations and snapshots ---------------

    @Bean
    Step archiveStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<ArchiveCandidate> archiveCandidates,
            ArchiveWriter archiveWriter,
            ProgressListener progressListener,
            JobProperties properties) {
        return ChunkSteps.<ArchiveCandidate, ArchiveCandidate>chunks(
                        "archive",
                        properties.archiveChunkSize(),
                        jobRepository,
                        transactionManager,
                        progressListener,
                        properties)
                .reader(archiveCandidates)
                .writer(archiveWriter)
                .listener(archiveWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ArchiveCandidate> archiveCandidates(HistoryReaders historyReaders, @Value(RUN_ID) Long runId) {
        return historyReaders.archiveCandidates("archiveCandidates", runId);
    }

    /** Step scoped: each archive step execution has its own CDX budget and request counts. */
    @Bean
    @StepScope
    ArchiveWriter archiveWriter(
            ArchiveAdvisor archiveAdvisor, ArchiveRepository archiveRepository, @Value(RUN_ID) Long runId) {
        return new ArchiveWriter(archiveAdvisor, archiveRepository, runId);
    }

    // ---- 4. drift: ALIVE links -> content changed, usurped hosts ----------------------------------

    @Bean
    Step driftStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<Integer> runHostBuckets,
            DriftWriter driftWriter,
            ProgressListener progressListener,
            JobProperties properties) {
        return ChunkSteps.<Integer, Integer>chunks(
                        "drift",
                        properties.driftChunkSize(),
                        jobRepository,
                        transactionManager,
                        progressListener,
                        properties)
                .reader(runHostBuckets)
                .writer(driftWriter)
                .listener(driftWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<Integer> runHostBuckets(HistoryReaders historyReaders, @Value(RUN_ID) Long runId) {
        return historyReaders.runHostBuckets("runHostBuckets", runId);
    }

    @Bean
    @StepScope
    DriftWriter driftWriter(
            DriftInspector driftInspector,
            ArchiveAdvisor archiveAdvisor,
            ArchiveRepository archiveRepository,
            @Value(RUN_ID) Long runId) {
        return new DriftWriter(driftInspector, archiveAdvisor, archiveRepository, runId);
    }

    // ---- 5. report, 6. gate -----------------------------------------------------------------------

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .build();
    }

    @Bean
    RunReporter runReporter(
            AuditReportAssembler auditReportAssembler,
            RunRepository runRepository,
            ReportWriter reportWriter,
            FixPlanner fixPlanner,
            ReportProperties reportProperties,
            Gate gate) {
        return new RunReporter(
                auditReportAssembler,
                runRepository,
                reportWriter,
                fixPlanner,
                reportProperties,
                gate,
                Clock.systemUTC());
    }

    @Bean
    @JobScope
    ReportTasklets reportTasklets(RunReporter runReporter, @Value(RUN_ID) Long runId) {
        return new ReportTasklets(runReporter, runId);
    }

    @Bean
    @JobScope
    Tasklet reportTasklet(ReportTasklets reportTasklets) {
        return reportTasklets.report();
    }

    @Bean
    Step gateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet gateTasklet) {
        return new StepBuilder("gate", jobRepository)
                .tasklet(gateTasklet, transactionManager)
                .build();
    }

    @Bean
    @JobScope
    Tasklet gateTasklet(ReportTasklets reportTasklets) {
        return reportTasklets.gate();
    }

    @Bean
    ProgressListener progressListener(
            HistoryReaders historyReaders, RunRepository runRepository, CheckResultStore checkResultStore) {
        return new ProgressListener(historyReaders, runRepository, checkResultStore);
    }

    // ---- launching ------------------------------------------------------------------------------

    @Bean
    AuditLauncher auditLauncher(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job citationAudit,
            RunRepository runRepository,
            RunLock runLock,
            ProgressListener progressListener,
            PartitionsInFlight partitionsInFlight) {
        return new AuditLauncher(
                jobOperator,
                jobRepository,
                citationAudit,
                runRepository,
                runLock,
                progressListener,
                partitionsInFlight,
                Clock.systemUTC());
    }

    /** In one JVM, nothing of an interrupted run goes on after its process died. */
    @Bean
    @Profile("!" + DISTRIBUTED)
    PartitionsInFlight partitionsInFlight() {
        return PartitionsInFlight.NONE;
    }

    /**
     * Spring Batch's JDBC job repository in the history database (Spring Boot's batch
     * auto-configuration backs off when a {@code DefaultBatchConfiguration} is present; without
     * this its default repository keeps nothing, and restarts would be impossible). The tables
     * come from Flyway's first migration.
     */
    @Configuration(proxyBeanMethods = false)
    static class JdbcJobRepository extends JdbcDefaultBatchConfiguration {}
}
