package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.citewatch.CitewatchApplication;
import org.citewatch.scale.ScaleProperties;
import org.citewatch.scale.WorkerConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code citewatch worker}: runs the check partitions that {@code audit --distributed} sends over
 * RabbitMQ, until stopped (Ctrl-C or SIGTERM: the partitions in hand finish or go back to the broker).
 * It never creates or migrates the schema: the manager does that, once.
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks links for distributed audits: takes check partitions from RabbitMQ until stopped.",
            "Start as many as you like, on any machine that reaches the database and the broker."
        })
final class WorkerCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Mixin
    HistoryDbOption database;

    @Mixin
    BrokerOption broker;

    @Mixin
    CheckOptions checks;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Partitions run side by side (citewatch.scale.partitions-per-worker). Default: 2")
    Integer partitions;

    @Option(names = "--verbose", description = "Log what the worker does. Default: quiet")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = parent.spec.commandLine().getErr();
        String unshared = BrokerOption.unsharedDatabase(database.db);
        if (unshared != null) {
            err.println("citewatch worker: " + unshared);
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        ConfigurableApplicationContext context =
                parent.launcher().start(CitewatchApplication.class, overrides(), List.of(WorkerConfiguration.WORKER));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        ScaleProperties scale = context.getBean(ScaleProperties.class);
        err.printf(
                "citewatch worker: taking check partitions from queue %s, %d at a time; stop with Ctrl-C%n",
                scale.queue(), scale.partitionsPerWorker());
        closed.await();
        return ExitCode.OK.code();
    }

    /** The property overrides the command line asks for; {@code null} values leave a setting alone. */
    Map<String, Object> overrides() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        database.addTo(overrides);
        broker.addTo(overrides);
        // the manager owns the schema: workers starting together must not race to migrate it
        overrides.put("spring.flyway.enabled", "false");
        checks.addTo(overrides);
        overrides.put("citewatch.scale.partitions-per-worker", partitions);
        if (verbose) {
            overrides.put("logging.level.org.citewatch", "DEBUG");
            overrides.put("logging.level.org.springframework.batch", "INFO");
        }
        return overrides;
    }
}
