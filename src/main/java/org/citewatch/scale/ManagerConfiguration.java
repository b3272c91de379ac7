package org.citewatch.scale;

import java.time.Clock;
import org.citewatch.job.AuditJobConfiguration;
import org.citewatch.job.PartitionsInFlight;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager of a distributed audit ({@code audit --distributed}): the check step's partitions are
 * sent to the workers' queue, and the step waits for them by polling the shared job repository.
 * Extraction, archive lookups (one limiter per archive endpoint for the whole run), the report and
 * the gate stay in the manager.
 */
@Configuration(proxyBeanMethods = false)
@Profile(AuditJobConfiguration.DISTRIBUTED)
@EnableIntegration
class ManagerConfiguration {

    @Bean
    Queue checkPartitionQueue(ScaleProperties properties) {
        return PartitionMessages.queue(properties);
    }

    @Bean
    DirectChannel checkPartitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow checkPartitionsToBroker(
            DirectChannel checkPartitionRequests, RabbitTemplate rabbitTemplate, ScaleProperties properties) {
        rabbitTemplate.setMessageConverter(PartitionMessages.converter());
        return IntegrationFlow.from(checkPartitionRequests)
                .handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(properties.queue()))
                .get();
    }

    /** A resumed manager waits for the partitions the workers still hold. */
    @Bean
    PartitionsInFlight partitionsInFlight(JobRepository jobRepository, ScaleProperties properties) {
        return new WorkerDrain(jobRepository, properties, Clock.systemUTC());
    }

    /** Replaces the in-JVM partition handler of the job configuration. */
    @Bean
    PartitionHandler checkPartitions(
            DirectChannel checkPartitionRequests, JobRepository jobRepository, ScaleProperties properties) {
        MessagingTemplate requests = new MessagingTemplate();
        requests.setDefaultChannel(checkPartitionRequests);
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(AuditJobConfiguration.CHECK_HOSTS_STEP);
        handler.setGridSize(properties.partitions());
        handler.setMessagingOperations(requests);
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(properties.pollInterval().toMillis());
        handler.setTimeout(properties.timeout().toMillis());
        return handler;
    }
}
