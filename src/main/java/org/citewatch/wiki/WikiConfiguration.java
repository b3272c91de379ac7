package org.citewatch.wiki;

import okhttp3.OkHttpClient;
import org.citewatch.extract.DocumentSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wiki feature: pages of a live MediaWiki, read through its Action API, as documents for
 * {@code audit} and {@code extract} ({@code citewatch.wiki.*}). Its one door is the {@link
 * DocumentSource} it contributes, which claims the {@code wiki:} inputs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WikiProperties.class)
public class WikiConfiguration {

    @Bean
    WikiApis wikiApis(OkHttpClient sharedHttpClient, WikiProperties wikiProperties) {
        return new WikiApis(sharedHttpClient, wikiProperties, Pauser.SLEEP);
    }

    @Bean
    DocumentSource wikiDocumentSource(WikiApis wikiApis, WikiProperties wikiProperties) {
        return new WikiDocumentSource(wikiApis, wikiProperties);
    }
}
