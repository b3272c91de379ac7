package org.citewatch.scale;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker ({@code citewatch worker}): takes check partitions from the queue one at a time per
 * consumer and runs the job's own {@code checkHostsStep} on each, reading its URLs from and storing
 * its results in the shared database.
 *
 * <p>Each message is acknowledged only after its partition has run, so a worker that dies
 * mid-partition leaves the message to the broker, which hands it to another worker; that worker
 * resumes the partition from its last commit (the step's reader leaves out what is stored). The
 * prefetch is one message: RabbitMQ's default would let the first worker take every partition.
 */
@Configuration(proxyBeanMethods = false)
@Profile(WorkerConfiguration.WORKER)
@EnableIntegration
public class WorkerConfiguration {

    /** The Spring profile of {@code citewatch worker}. */
    public static final String WORKER = "worker";

    @Bean
    Queue checkPartitionQueue(ScaleProperties properties) {
        return PartitionMessages.queue(properties);
    }

    @Bean
    PartitionRunner checkPartitionRunner(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return new PartitionRunner(jobRepository, handler);
    }

    @Bean
    IntegrationFlow checkPartitionsFromBroker(
            ConnectionFactory connectionFactory,
            Queue checkPartitionQueue,
            PartitionRunner checkPartitionRunner,
            ScaleProperties properties) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, checkPartitionQueue)
                        .messageConverter(PartitionMessages.converter())
                        .configureContainer(container -> container
                                .prefetchCount(1)
                                .concurrentConsumers(properties.partitionsPerWorker())
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                // a partition that fails is recorded as FAILED in the job repository;
                                // requeueing it would only run it again at once
                                .defaultRequeueRejected(false)))
                // the step runs on the consumer's own thread: an executor channel here would
                // acknowledge the message before the partition has run
                .<StepExecutionRequest>handle((request, headers) -> checkPartitionRunner.run(request))
                .nullChannel();
    }
}
