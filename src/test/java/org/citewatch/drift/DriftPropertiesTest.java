package org.citewatch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** Issue 17: the {@code citewatch.drift} settings. */
class DriftPropertiesTest {

    private static DriftProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("citewatch.drift", DriftProperties.class);
    }

    @Test
    void defaultsAreThoseOfTheShippedConfigFile() throws IOException {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));

        DriftProperties fromFile = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("citewatch.drift", DriftProperties.class)
                .get();

        assertThat(fromFile).isEqualTo(defaults());
        assertThat(fromFile.treatAsDead())
                .as("a page that answers is not link rot by default")
                .isFalse();
        assertThat(fromFile.usurperPhrases()).contains("slot gacor", "赌场", "domain for sale");
    }

    @Test
    void refusesThresholdsThatWouldFlagWhatTheCaptureDoesNotConfirm() {
        assertThatThrownBy(() -> new DriftProperties(true, 0.6, 0.5, false, 3, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-live-similarity");
        assertThatThrownBy(() -> new DriftProperties(true, 0.2, 0.5, false, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
