package org.citewatch.scale;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Runs the check partition a message names, unless the message is stale. Spring Batch's handler
 * runs whatever step execution it is handed; but a message can outlive its partition: a partition
 * that a resumed manager marked failed (and sent again under a new id), or one that another worker
 * already completed. Running those would check a host from two workers at once.
 */
final class PartitionRunner {

    private static final Logger log = LoggerFactory.getLogger(PartitionRunner.class);

    /** Waiting in the queue, or begun by a worker that died (the broker hands its message on). */
    private static final Set<BatchStatus> RUNNABLE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler;

    PartitionRunner(JobRepository jobRepository, StepExecutionRequestHandler handler) {
        this.jobRepository = jobRepository;
        this.handler = handler;
    }

    /** @return the partition's step execution as it ended, or as it was found when stale */
    StepExecution run(StepExecutionRequest request) {
        StepExecution found = jobRepository.getStepExecution(request.getStepExecutionId());
        if (found == null) {
            log.warn("Check partition {} is not in the job repository; message dropped", request.getStepExecutionId());
            return null;
        }
        if (!RUNNABLE.contains(found.getStatus())) {
            log.info("Check partition {} is {}: a stale message, dropped", found.getStepName(), found.getStatus());
            return found;
        }
        log.info("Running check partition {}", found.getStepName());
        return handler.handle(request);
    }
}
