package org.citewatch.wiki;

import okhttp3.OkHttpClient;
import org.citewatch.extract.DocumentSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wiki feature: pages of a live MediaWiki, read through its Action API, as documents for
 * {@code audit} and {@code extract} ({@code citewatch.wiki.*}). Its doors are the {@link
 * DocumentSource} it contributes, which claims the {@code wiki:} inputs, and {@link RevisionTexts}, which
 * reads stored revisions again for {@code citewatch fix}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WikiProperties.class)
public class WikiConfiguration {

    @Bean
    WikiApis wikiApis(OkHttpClient sharedHttpClient, WikiProperties wikiProperties) {
        return new WikiApis(sharedHttpClient, wikiProperties, Pauser.SLEEP);
    }

    /** The other door: the text of stored revisions, which {@code citewatch fix} patches. */
    @Bean
    RevisionTexts revisionTexts(WikiApis wikiApis, WikiProperties wikiProperties) {
        return new RevisionTexts(wikiApis, wikiProperties);
    }

    @Bean
    DocumentSource wikiDocumentSource(WikiApis wikiApis, WikiProperties wikiProperties) {
        return new WikiDocumentSource(wikiApis, wikiProperties);
    }
}
