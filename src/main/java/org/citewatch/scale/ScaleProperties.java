package org.citewatch.scale;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a distributed audit spreads its check step over workers ({@code citewatch.scale.*}); defaults
 * equal config/application.yml. The broker itself is Spring Boot's {@code spring.rabbitmq.*}.
 *
 * @param queue the RabbitMQ queue that carries check partitions from the manager to the workers
 * @param partitions host-range partitions of a distributed check step; many short ones rather than
 *     a few long ones, so that a worker that dies costs little, the workers finish together, and no
 *     partition outlives the broker's consumer time-out (30 minutes), after which RabbitMQ would hand
 *     it to a second worker
 * @param partitionsPerWorker partitions one worker runs side by side; they share its checker, so
 *     its concurrency and per-host limits hold for all of them
 * @param pollInterval how often the manager reads the job repository to see whether the workers
 *     are done (it polls rather than waits for replies, which have known bugs with restarts)
 * @param timeout how long the manager waits for the workers before the check step fails; the run
 *     can then be resumed
 * @param stallAfter a manager resuming a run it was killed in waits for the workers to finish the
 *     partitions they hold; when none of those has committed anything for this long, no worker
 *     holds them and they are sent again. Longer than the slowest chunk: a chunk of one slow host's
 *     URLs can take minutes
 */
@ConfigurationProperties("citewatch.scale")
public record ScaleProperties(
        @DefaultValue("citewatch.check-partitions") String queue,
        @DefaultValue("64") int partitions,
        @DefaultValue("2") int partitionsPerWorker,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("12h") Duration timeout,
        @DefaultValue("5m") Duration stallAfter) {

    public ScaleProperties {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("citewatch.scale.queue must name a queue");
        }
        if (partitions < 1 || partitionsPerWorker < 1) {
            throw new IllegalArgumentException("citewatch.scale.partitions and partitions-per-worker must be positive");
        }
        if (pollInterval.isNegative()
                || pollInterval.isZero()
                || timeout.isNegative()
                || timeout.isZero()
                || stallAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "citewatch.scale.poll-interval and timeout must be positive, stall-after not negative");
        }
    }
}
