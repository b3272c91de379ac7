package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

class InputPropertiesTest {

    private static InputProperties bind(List<PropertySource<?>> sources) {
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("citewatch.input", InputProperties.class);
    }

    @Test
    void hasTheDefaultsOfConfigApplicationYml() throws IOException {
        List<PropertySource<?>> file = new YamlPropertySourceLoader()
                .load("application.yml", new FileSystemResource("config/application.yml"));

        InputProperties fromFile = bind(file);
        InputProperties builtIn = bind(List.of());

        assertThat(fromFile).isEqualTo(builtIn).isEqualTo(InputProperties.defaults());
    }

    @Test
    void bindsKebabCaseSettings() {
        InputProperties bound = bind(List.of(new MapPropertySource(
                "test",
                Map.of(
                        "citewatch.input.namespaces", "0,14",
                        "citewatch.input.skip-redirects", "false",
                        "citewatch.input.max-document-size", "2MB"))));

        assertThat(bound).isEqualTo(new InputProperties(List.of(0, 14), false, DataSize.ofMegabytes(2)));
    }

    @Test
    void refusesAnEmptyNamespaceList() {
        assertThatThrownBy(() -> new InputProperties(List.of(), true, DataSize.ofMegabytes(1)))
                .hasMessageContaining("namespaces");
    }
}
