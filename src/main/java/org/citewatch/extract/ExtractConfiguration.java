package org.citewatch.extract;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extract feature: reading documents from files, folders and dumps ({@code citewatch.input.*})
 * and finding their citations ({@code citewatch.extract.*}). Needs no database and no network, so
 * {@code citewatch extract} starts a context from this class alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ExtractProperties.class, InputProperties.class})
public class ExtractConfiguration {

    /** Files, folders and MediaWiki dumps as one lazy stream of documents. */
    @Bean
    DocumentReader documentReader(InputProperties inputProperties, ExtractProperties extractProperties) {
        return new FileSystemDocumentReader(inputProperties, extractProperties.wikiLang());
    }

    /** Every input: files and folders, or what a {@link DocumentSource} (a wiki) claims. */
    @Bean
    DocumentInputs documentInputs(DocumentReader documentReader, ObjectProvider<DocumentSource> documentSources) {
        return new DocumentInputs(
                documentReader, documentSources.orderedStream().toList());
    }

    /** Citations of a document of any format: wikitext, HTML or URL list. */
    @Bean
    CitationExtractor citationExtractor(ExtractProperties extractProperties) {
        return new DefaultCitationExtractor(new SiteAwareWikitextExtractor(extractProperties));
    }
}
