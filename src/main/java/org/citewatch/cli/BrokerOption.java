package org.citewatch.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --broker}: the RabbitMQ broker of a distributed audit, for the manager and the workers alike. */
final class BrokerOption {

    @Option(
            names = "--broker",
            paramLabel = "AMQP_URI",
            description = "RabbitMQ broker of a distributed audit, e.g. amqp://user:password@host:5672 "
                    + "(spring.rabbitmq.addresses). Default: localhost:5672, guest/guest")
    String broker;

    void addTo(Map<String, Object> overrides) {
        overrides.put("spring.rabbitmq.addresses", broker);
    }

    /**
     * An embedded H2 database lives in one process's files: the manager and its workers must share a
     * server database.
     *
     * @return why the database cannot be shared, or {@code null} when it can
     */
    static String unsharedDatabase(String jdbcUrl) {
        if (jdbcUrl == null
                || jdbcUrl.startsWith("jdbc:h2:file:")
                || jdbcUrl.startsWith("jdbc:h2:mem:")
                || (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:tcp:"))) {
            return "the manager and its workers must share one database server: give --db=jdbc:postgresql://host/citewatch";
        }
        return null;
    }
}
