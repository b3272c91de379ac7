package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.citewatch.http.HttpConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

/** Wiring and settings: the bean other features use, and config/application.yml = the defaults. */
class CheckConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(HttpConfiguration.class, CheckConfiguration.class);

    @Test
    void providesOneLinkCheckerBoundToItsSettings() {
        context.withPropertyValues(
                        "citewatch.check.per-host=3",
                        "citewatch.check.timeout=5s",
                        "citewatch.check.max-body-bytes=128KB",
                        "citewatch.check.allow-private-networks=true",
                        "citewatch.check.proxy=http://proxy.example:3128")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(LinkChecker.class);
                    CheckProperties p = ctx.getBean(CheckProperties.class);
                    assertThat(p.perHost()).isEqualTo(3);
                    assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(p.maxBodyBytes()).isEqualTo(DataSize.ofKilobytes(128));
                    assertThat(p.allowPrivateNetworks()).isTrue();
                    assertThat(p.concurrency()).as("unset keeps its default").isEqualTo(64);
                });
    }

    @Test
    void defaultsWithoutAnySettingEqualTheDocumentedDefaults() {
        context.run(ctx -> assertThat(ctx.getBean(CheckProperties.class)).isEqualTo(CheckProperties.defaults()));
    }

    @Test
    void shippedConfigurationFileStatesTheDefaults() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("application.yml", new FileSystemResource(Path.of("config/application.yml")))
                .forEach(environment.getPropertySources()::addFirst);
        Binder binder = new Binder(ConfigurationPropertySources.get(environment));

        CheckProperties shipped =
                binder.bind("citewatch.check", CheckProperties.class).get();

        assertThat(shipped)
                .as("config/application.yml and the built-in defaults must not drift apart")
                .isEqualTo(CheckProperties.defaults());
    }

    @Test
    void rejectsAProxyThatIsNotHttpHostPort() {
        context.withPropertyValues("citewatch.check.proxy=socks5://proxy.example:1080")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
