package org.citewatch.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** Issue 14: the {@code citewatch.wiki} settings. */
class WikiPropertiesTest {

    private static WikiProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("citewatch.wiki", WikiProperties.class);
    }

    @Test
    void defaultsAreThoseOfTheShippedConfigFile() throws IOException {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));

        WikiProperties fromFile = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("citewatch.wiki", WikiProperties.class)
                .get();

        assertThat(fromFile).isEqualTo(defaults());
        assertThat(fromFile.maxlag()).isEqualTo(5);
        assertThat(fromFile.batchSize()).isEqualTo(50);
        assertThat(fromFile.contact()).as("nobody's contact is shipped").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                "zh.wikipedia.org       | true",
                "ZH.WIKIPEDIA.ORG       | true",
                "commons.wikimedia.org  | true",
                "www.mediawiki.org      | true",
                "wikipedia.org          | true",
                "wiki.example.com       | false",
                "notwikipedia.org       | false",
                "wikipedia.org.evil.com | false"
            })
    void knowsWikimediaWikisByDomain(String host, boolean wikimedia) {
        assertThat(defaults().isWikimedia(host)).isEqualTo(wikimedia);
    }

    @Test
    void aContactCannotBreakTheUserAgent() {
        assertThatThrownBy(() -> new Binder(
                                new MapConfigurationPropertySource(Map.of("citewatch.wiki.contact", "me) evil/1.0 (x")))
                        .bindOrCreate("citewatch.wiki", WikiProperties.class))
                .hasRootCauseMessage("citewatch.wiki.contact cannot hold parentheses or line breaks: me) evil/1.0 (x");
    }
}
