package org.citewatch.testing;

import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The RabbitMQ broker of the development and CI machines (127.0.0.1:5672, guest/guest), or the one
 * {@code CITEWATCH_TEST_RABBIT_URI} names. Each test gets a queue of its own, deleted afterwards, so
 * that a partition left behind by one test never reaches another's workers.
 *
 * <p>Where no broker answers, the test is skipped with a message on a developer's machine and fails
 * under {@code CI=true}.
 */
public final class LocalRabbit implements AutoCloseable {

    public static final String URI =
            System.getenv().getOrDefault("CITEWATCH_TEST_RABBIT_URI", "amqp://guest:guest@127.0.0.1:5672");

    private final CachingConnectionFactory connections;
    private final String queue = "citewatch.test." + UUID.randomUUID();

    public LocalRabbit() {
        connections = new CachingConnectionFactory(java.net.URI.create(URI));
        connections.setConnectionTimeout(5_000);
        try {
            connections.createConnection().close();
        } catch (RuntimeException e) {
            connections.destroy();
            String problem = "RabbitMQ at " + URI + " did not answer: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(problem + " (CI=true: RabbitMQ is required, not skipped)", e);
            }
            Assumptions.abort(problem + "; the distributed test is skipped outside CI");
        }
    }

    /** The test's own queue name. */
    public String queue() {
        return queue;
    }

    /** Messages waiting in the test's queue (0 when it does not exist). */
    public long waiting() {
        var info = new RabbitAdmin(connections).getQueueInfo(queue);
        return info == null ? 0 : info.getMessageCount();
    }

    /** Waits until the test's queue has this many consumers (workers start consuming asynchronously). */
    public void awaitConsumers(int consumers) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            var info = new RabbitAdmin(connections).getQueueInfo(queue);
            if (info != null && info.getConsumerCount() >= consumers) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("queue " + queue + " has fewer than " + consumers + " consumers after a minute");
    }

    @Override
    public void close() {
        new RabbitAdmin(connections).deleteQueue(queue);
        connections.destroy();
    }
}
