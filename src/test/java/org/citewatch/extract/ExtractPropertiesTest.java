package org.citewatch.extract;

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

class ExtractPropertiesTest {

    @Test
    void defaultsAreThoseOfTheShippedConfigFile() throws IOException {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));

        ExtractProperties fromFile = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("citewatch.extract", ExtractProperties.class)
                .get();

        assertThat(fromFile).isEqualTo(ExtractProperties.defaults());
    }

    @Test
    void defaultsCoverEnglishAndChineseNames() {
        ExtractProperties defaults = ExtractProperties.defaults();

        assertThat(defaults.citationTemplates()).contains("cite *", "citation", "引用网页", "引用新闻");
        assertThat(defaults.deadLinkTemplates()).contains("dead link", "deadlink", "死链", "失效链接");
        assertThat(defaults.ignoredTags()).contains("nowiki", "pre", "syntaxhighlight", "source", "math");
    }

    @Test
    void readsConfiguredTemplateNames() {
        ExtractProperties custom = new Binder(new MapConfigurationPropertySource(Map.of(
                        "citewatch.extract.citation-templates[0]", "literatur",
                        "citewatch.extract.dead-link-templates[0]", "toter link")))
                .bindOrCreate("citewatch.extract", ExtractProperties.class);
        WikitextCitationExtractor extractor = new WikitextCitationExtractor(custom);

        Extraction extraction = extractor.extract(new Document(
                "de.wiki",
                "de.wiki",
                null,
                DocumentFormat.WIKITEXT,
                "<ref>{{Literatur|url=http://a.de/|titel=T}} {{Toter Link|date=2020-01}}</ref>",
                1,
                null,
                null));

        assertThat(extraction.citations()).singleElement().satisfies(c -> {
            assertThat(c.template()).isEqualTo("Literatur");
            assertThat(c.markedDead()).isTrue();
        });
        assertThat(custom.archiveTemplates())
                .as("unset lists keep their defaults")
                .contains("webarchive");
    }

    @Test
    void readsTheWikiLanguageAndRejectsOneThatIsNoLanguageCode() {
        Binder zh = new Binder(new MapConfigurationPropertySource(Map.of("citewatch.extract.wiki-lang", " zh-Hant ")));
        Binder bad = new Binder(new MapConfigurationPropertySource(Map.of("citewatch.extract.wiki-lang", "zh; DROP")));

        assertThat(zh.bindOrCreate("citewatch.extract", ExtractProperties.class).wikiLang())
                .isEqualTo("zh-Hant");
        assertThat(ExtractProperties.defaults().wikiLang())
                .as("unknown by default")
                .isNull();
        assertThatThrownBy(() -> bad.bindOrCreate("citewatch.extract", ExtractProperties.class))
                .rootCause()
                .hasMessageContaining("citewatch.extract.wiki-lang must be a language code");
    }
}
