package org.citewatch.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extracts wikitext with the configured template names, completed for a live wiki's pages with the
 * names that wiki uses ({@link WikiSite}): {@code {{死链}}} is a dead-link tag on a wiki where it
 * redirects to {@code Template:Dead link}, without a hard-coded list. One extractor per distinct set
 * of names is built and kept, so a run over one wiki builds one.
 */
final class SiteAwareWikitextExtractor implements CitationExtractor {

    private final ExtractProperties properties;
    private final CitationExtractor configured;
    private final Map<WikiSite, CitationExtractor> bySite = new ConcurrentHashMap<>();

    SiteAwareWikitextExtractor(ExtractProperties properties) {
        this.properties = properties;
        this.configured = new WikitextCitationExtractor(properties);
    }

    @Override
    public Extraction extract(Document document) {
        WikiPage page = document.wikiPage();
        if (page == null || !page.site().addsTemplates()) {
            return configured.extract(document);
        }
        return bySite.computeIfAbsent(
                        page.site(),
                        site -> new WikitextCitationExtractor(
                                properties.withTemplates(site.deadLinkTemplates(), site.archiveTemplates())))
                .extract(document);
    }
}
