package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.citewatch.http.HttpConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ArchiveConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(HttpConfiguration.class, ArchiveConfiguration.class)
            .withBean(DataSource.class, ArchiveTestSupport::migratedDatabase);

    @Test
    void exposesTheArchiveAdvisorOverTheSharedClientAndTheDatabase() {
        context.run(run -> {
            assertThat(run).hasNotFailed().hasSingleBean(ArchiveAdvisor.class).hasSingleBean(ArchiveProperties.class);
            assertThat(run.getBean(ArchiveProperties.class).rate()).isEqualTo("24/min");
        });
    }

    @Test
    void takesTheArchiveRateFromTheEnvironment() {
        context.withPropertyValues("citewatch.archive.rate=12/min")
                .run(run ->
                        assertThat(run.getBean(ArchiveProperties.class).rate()).isEqualTo("12/min"));
    }

    @Test
    void failsAtStartupOnARateItCannotKeep() {
        context.withPropertyValues("citewatch.archive.rate=lots")
                .run(run -> assertThat(run).hasFailed());
    }
}
