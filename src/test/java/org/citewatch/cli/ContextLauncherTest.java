package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citewatch.CitewatchApplication;
import org.citewatch.job.AuditJobConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16 (start-up): the context of an audit leaves out what it never uses, which costs a run
 * hundreds of classes to load; a distributed audit still gets its broker.
 */
class ContextLauncherTest {

    @TempDir
    Path dir;

    private final ContextLauncher launcher = new ContextLauncher(new String[0]);

    private Map<String, Object> database() {
        return Map.of("citewatch.db", "jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath());
    }

    @Test
    void anAuditContextHasNoBrokerNoSharedJsonMapperAndNoTaskExecutor() {
        try (ConfigurableApplicationContext context = launcher.start(CitewatchApplication.class, database())) {
            assertThat(context.getBeanNamesForType(ConnectionFactory.class))
                    .as("RabbitMQ is for distributed audits and workers only")
                    .isEmpty();
            assertThat(context.getBeanNamesForType(RabbitTemplate.class)).isEmpty();
            assertThat(context.getBeanNamesForType(JsonMapper.class))
                    .as("each renderer and client builds the plain mapper it needs")
                    .isEmpty();
            assertThat(context.getBeanNamesForType(TaskExecutor.class))
                    .as("the job makes its own threads")
                    .isEmpty();
        }
    }

    @Test
    void aDistributedAuditContextTalksToTheBroker() {
        try (ConfigurableApplicationContext context =
                launcher.start(CitewatchApplication.class, database(), List.of(AuditJobConfiguration.DISTRIBUTED))) {
            assertThat(context.getBeanNamesForType(ConnectionFactory.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(RabbitTemplate.class)).hasSize(1);
        }
    }
}
