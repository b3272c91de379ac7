package org.citewatch.scale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.citewatch.job.PartitionsInFlight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A resumed manager lets the workers finish what they hold before it marks the interrupted run
 * failed: every partition still waiting in the queue or running in a worker is completed by the
 * workers (the broker hands on the messages of a worker that died). It stops waiting when no
 * partition has committed anything for {@link ScaleProperties#stallAfter()}: then no worker is there
 * to finish them, and the restart sends the unfinished partitions again.
 */
final class WorkerDrain implements PartitionsInFlight {

    private static final Logger log = LoggerFactory.getLogger(WorkerDrain.class);

    private final JobRepository jobRepository;
    private final ScaleProperties properties;
    private final Clock clock;

    WorkerDrain(JobRepository jobRepository, ScaleProperties properties, Clock clock) {
        this.jobRepository = jobRepository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void awaitSettled(JobExecution interrupted) throws InterruptedException {
        LocalDateTime lastProgress = null;
        Instant lastChange = clock.instant();
        while (true) {
            List<StepExecution> running = running(interrupted.getId());
            if (running.isEmpty()) {
                return;
            }
            LocalDateTime progress = running.stream()
                    .map(StepExecution::getLastUpdated)
                    .filter(Objects::nonNull)
                    .max(LocalDateTime::compareTo)
                    .orElse(null);
            if (!Objects.equals(progress, lastProgress)) {
                lastProgress = progress;
                lastChange = clock.instant();
            } else if (Duration.between(lastChange, clock.instant()).compareTo(properties.stallAfter()) >= 0) {
                log.warn(
                        "{} check partitions of the interrupted run made no progress for {}: no worker holds them; "
                                + "they are sent again",
                        running.size(),
                        properties.stallAfter());
                return;
            }
            log.info("Waiting for workers to finish {} check partitions of the interrupted run", running.size());
            Thread.sleep(properties.pollInterval().toMillis());
        }
    }

    private List<StepExecution> running(long jobExecutionId) {
        return jobRepository.getJobExecution(jobExecutionId).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("checkHosts:"))
                .filter(step -> step.getStatus() == BatchStatus.STARTING || step.getStatus() == BatchStatus.STARTED)
                .toList();
    }
}
