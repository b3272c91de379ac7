package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.dao.TransientDataAccessResourceException;

/** The fault tolerance every data step of the audit job shares. */
class ChunkStepsTest {

    private final JobRepository repository = new ResourcelessJobRepository();
    private final JobProperties properties =
            new JobProperties(1, 10, 0, java.time.Duration.ofMillis(50), 10, 10, 4, 100, 3);
    private final List<String> written = new ArrayList<>();

    private StepExecution run(Step step) throws Exception {
        JobInstance instance = repository.createJobInstance("chunkStepsTest", new JobParameters());
        JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        StepExecution execution = repository.createStepExecution(step.getName(), job);
        step.execute(execution);
        return execution;
    }

    private Step step(ItemWriter<String> writer, java.util.function.Function<String, String> processor) {
        return ChunkSteps.<String, String>chunks(
                        "test",
                        10,
                        repository,
                        new ResourcelessTransactionManager(),
                        new StepExecutionListener() {},
                        properties)
                .reader(new ListItemReader<>(List.of("a", "b", "c")))
                .processor(processor::apply)
                .writer(writer)
                .build();
    }

    @Test
    void retriesAWriteThatFailedWithATransientDatabaseError() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ItemWriter<String> flakyDatabase = chunk -> {
            if (attempts.incrementAndGet() == 1) {
                throw new TransientDataAccessResourceException("connection lost for a moment");
            }
            chunk.forEach(written::add);
        };

        StepExecution execution = run(step(flakyDatabase, item -> item));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(written).as("nothing lost, nothing skipped").containsExactly("a", "b", "c");
        assertThat(execution.getSkipCount()).isZero();
        assertThat(attempts.get()).as("the failed write was tried again").isEqualTo(2);
    }

    @Test
    void skipsABadItemAndCountsItWhileTheOthersGoOn() throws Exception {
        StepExecution execution = run(step(chunk -> chunk.forEach(written::add), item -> {
            if (item.equals("b")) {
                throw new IllegalArgumentException("malformed document");
            }
            return item;
        }));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(written).containsExactly("a", "c");
        assertThat(execution.getProcessSkipCount()).isEqualTo(1);
    }

    @Test
    void failsTheStepOnAnErrorRatherThanSkippingIt() throws Exception {
        StepExecution execution = run(step(
                chunk -> {
                    throw new OutOfMemoryError("simulated");
                },
                item -> item));

        assertThat(execution.getStatus())
                .as("an Error is a broken machine, not a bad item")
                .isEqualTo(BatchStatus.FAILED);
        assertThat(written).isEmpty();
    }
}
