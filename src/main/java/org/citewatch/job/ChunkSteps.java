package org.citewatch.job;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/** How the audit job's chunk-oriented steps are built: the same fault tolerance for all three. */
final class ChunkSteps {

    private ChunkSteps() {}

    /**
     * A chunk-oriented step as all three data steps are built: fault tolerant (a transient database
     * error is retried, a bad item skipped) and reporting its progress.
     */
    static <I, O> ChunkOrientedStepBuilder<I, O> chunks(
            String name,
            int chunkSize,
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            StepListener progressListener,
            JobProperties properties) {
        return new StepBuilder(name, jobRepository)
                .<I, O>chunk(chunkSize)
                .transactionManager(transactionManager)
                .listener(progressListener)
                .faultTolerant()
                .retry(TransientDataAccessException.class)
                .retryLimit(properties.retryLimit())
                .skipPolicy(skipBadItems(properties));
    }

    /**
     * A bad item (a document that fails to parse, a value the database refuses) is skipped and
     * counted; a transient database error is retried instead, and an {@link Error} fails the step.
     */
    private static SkipPolicy skipBadItems(JobProperties properties) {
        return (throwable, skipCount) -> throwable instanceof Exception
                && !(throwable instanceof TransientDataAccessException)
                && skipCount < properties.skipLimit();
    }
}
