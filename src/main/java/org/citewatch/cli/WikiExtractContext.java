package org.citewatch.cli;

import org.citewatch.extract.ExtractConfiguration;
import org.citewatch.http.HttpConfiguration;
import org.citewatch.wiki.WikiConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The context of {@code extract --wiki}: extraction, the shared HTTP client and the wiki feature; no database. */
@Configuration(proxyBeanMethods = false)
@Import({ExtractConfiguration.class, HttpConfiguration.class, WikiConfiguration.class})
class WikiExtractContext {}
