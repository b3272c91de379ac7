package org.citewatch.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/** Issue 15: a worker runs a partition a message names only while that partition is still to be run. */
class PartitionRunnerTest {

    @ParameterizedTest(name = "{0}: runs = {1}")
    @CsvSource({
        // waiting in the queue, or begun by a worker that died and was handed on by the broker
        "STARTING, true",
        "STARTED, true",
        // a resumed manager marked it failed and sent it again under a new id; or already done
        "FAILED, false",
        "COMPLETED, false",
        "ABANDONED, false",
        "STOPPED, false"
    })
    void runsOnlyPartitionsThatAreStillToBeRun(BatchStatus status, boolean runs) {
        JobRepository repository = mock(JobRepository.class);
        StepExecutionRequestHandler handler = mock(StepExecutionRequestHandler.class);
        StepExecution partition = new StepExecution(
                7L,
                "checkHosts:hosts3",
                new JobExecution(1L, new JobInstance(1L, "citationAudit"), new JobParameters()));
        partition.setStatus(status);
        when(repository.getStepExecution(7L)).thenReturn(partition);
        StepExecutionRequest request = new StepExecutionRequest("checkHostsStep", 7L);

        new PartitionRunner(repository, handler).run(request);

        if (runs) {
            verify(handler).handle(request);
        } else {
            verify(handler, never()).handle(any());
        }
        assertThat(partition.getStatus()).as("a stale message changes nothing").isEqualTo(status);
    }
}
