package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

class ArchivePropertiesTest {

    private static ArchiveProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("citewatch.archive", ArchiveProperties.class);
    }

    @Test
    void defaultsAreTheValuesDocumentedInConfigApplicationYml() throws IOException {
        var sources = new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));
        assertThat(sources).as("config/application.yml is read").isNotEmpty();
        ArchiveProperties documented = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("citewatch.archive", ArchiveProperties.class);

        assertThat(documented).isEqualTo(bind(Map.of()));
    }

    @Test
    void defaultsArePoliteAndLeaveOptionalServicesOff() {
        ArchiveProperties defaults = bind(Map.of());

        assertThat(defaults.rate()).as("80% of the CDX hard limit of 30/min").isEqualTo("24/min");
        assertThat(defaults.pauseOn429()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.max429Pause()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.mementoEnabled()).isFalse();
        assertThat(defaults.saveEnabled()).isFalse();
        assertThat(defaults.maxCdxBytes()).isEqualTo(DataSize.ofMegabytes(16));
    }

    @Test
    void bindsTheKebabCaseNamesTheCommandLineUses() {
        ArchiveProperties settings = bind(Map.of(
                "citewatch.archive.rate", "12/min",
                "citewatch.archive.max-429-pause", "2m",
                "citewatch.archive.pause-on-429", "90s",
                "citewatch.archive.negative-cache-ttl", "7d",
                "citewatch.archive.cdx-url", "http://mirror.example/cdx"));

        assertThat(settings.rate()).isEqualTo("12/min");
        assertThat(settings.max429Pause()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.pauseOn429()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.negativeCacheTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.cdxUrl()).isEqualTo("http://mirror.example/cdx");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a rate citewatch cannot keep to
            rate             | fast
            replay-rate      | 0/min
            # an anonymous User-Agent: the archive could only block it
            user-agent       | Mozilla/5.0
            # prefixes the snapshot URLs are built on must end with a slash
            replay-url       | https://web.archive.org/web
            cdx-url          | not a url
            negative-cache-ttl | 0s
            """)
    void refusesSettingsThatWouldMakeItImpolite(String name, String value) {
        assertThatThrownBy(() -> bind(Map.of("citewatch.archive." + name, value)))
                .isInstanceOf(BindException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class);
    }
}
