package org.citewatch.scale;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * What travels between the manager and the workers: a {@link StepExecutionRequest} (a step name and a
 * step execution id; the partition's host range is in the shared job repository), Java-serialised,
 * on one durable queue. Both sides must run the same build of citewatch.
 */
final class PartitionMessages {

    private PartitionMessages() {}

    /** Durable, so that partitions sent while no worker runs wait for one. */
    static Queue queue(ScaleProperties properties) {
        return QueueBuilder.durable(properties.queue()).build();
    }

    /**
     * Deserialises only the request and the JDK types it holds: Java deserialisation of whatever a
     * broker delivers is an open door (CVE-2023-34050), so the allow-list is explicit.
     */
    static SimpleMessageConverter converter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(
                java.util.List.of(StepExecutionRequest.class.getName(), "java.lang.Long", "java.lang.Number"));
        return converter;
    }
}
