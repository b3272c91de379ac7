package org.citewatch.wiki;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How citewatch reads a live wiki through the MediaWiki Action API ({@code citewatch.wiki.*});
 * defaults equal config/application.yml, where each has its reason.
 *
 * @param contact an e-mail address or URL the wiki's operators can reach the person running
 *     citewatch at; it goes into the User-Agent. Required against Wikimedia wikis.
 * @param apiPath where the API lives below a wiki address given without {@code api.php}
 * @param namespaces namespaces listed from categories, templates, links and recent changes
 * @param maxlag the {@code maxlag} sent with every request: the wiki answers "lagged" rather than
 *     serve a non-interactive client while its replicas lag more than this many seconds
 * @param maxTries attempts of one request (lagged, 429, 5xx, no answer) before the wiki is given up
 * @param minPause the pause before the first retry, doubled per retry unless the wiki gives
 *     {@code Retry-After}
 * @param maxPause the longest pause honoured
 * @param batchSize titles per page-text request
 * @param listLimit entries per list request (categories, templates, links, recent changes)
 * @param timeout one whole request
 * @param maxResponseSize the largest answer read
 * @param recentChangesMaxAge how long the wiki keeps recent changes; a longer gap since the last run
 *     reads the whole list instead
 * @param deadLinkTemplate the dead-link template whose redirects on the wiki are also dead-link tags
 * @param archiveTemplate the archive template whose redirects on the wiki are also archive templates
 * @param wikimediaDomains domains of Wikimedia wikis, which refuse clients without a contact
 */
@ConfigurationProperties("citewatch.wiki")
public record WikiProperties(
        @DefaultValue("") String contact,
        @DefaultValue("/w/api.php") String apiPath,
        @DefaultValue("0") List<Integer> namespaces,
        @DefaultValue("5") int maxlag,
        @DefaultValue("8") int maxTries,
        @DefaultValue("5s") Duration minPause,
        @DefaultValue("120s") Duration maxPause,
        @DefaultValue("50") int batchSize,
        @DefaultValue("500") int listLimit,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("32MB") DataSize maxResponseSize,
        @DefaultValue("30d") Duration recentChangesMaxAge,
        @DefaultValue("Template:Dead link") String deadLinkTemplate,
        @DefaultValue("Template:Webarchive") String archiveTemplate,

        @DefaultValue({
            "wikipedia.org",
            "wikimedia.org",
            "wiktionary.org",
            "wikibooks.org",
            "wikinews.org",
            "wikiquote.org",
            "wikisource.org",
            "wikiversity.org",
            "wikivoyage.org",
            "wikidata.org",
            "wikifunctions.org",
            "mediawiki.org"
        })
        List<String> wikimediaDomains) {

    public WikiProperties {
        contact = contact == null ? "" : contact.strip();
        Objects.requireNonNull(apiPath, "apiPath");
        namespaces = List.copyOf(namespaces);
        wikimediaDomains = wikimediaDomains.stream()
                .map(domain -> domain.toLowerCase(Locale.ROOT))
                .toList();
        Objects.requireNonNull(minPause, "minPause");
        Objects.requireNonNull(maxPause, "maxPause");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxResponseSize, "maxResponseSize");
        Objects.requireNonNull(recentChangesMaxAge, "recentChangesMaxAge");
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("citewatch.wiki.namespaces must name at least one namespace");
        }
        if (maxlag < 1 || maxTries < 1 || batchSize < 1 || batchSize > 500 || listLimit < 1 || listLimit > 5000) {
            throw new IllegalArgumentException("citewatch.wiki: maxlag and max-tries must be at least 1, batch-size"
                    + " 1 to 500, list-limit 1 to 5000");
        }
        if (contact.contains("(") || contact.contains(")") || contact.contains("\n")) {
            throw new IllegalArgumentException(
                    "citewatch.wiki.contact cannot hold parentheses or line breaks: " + contact);
        }
    }

    /** Whether the host is a Wikimedia wiki (the domain or a subdomain of it). */
    boolean isWikimedia(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return wikimediaDomains.stream().anyMatch(d -> lower.equals(d) || lower.endsWith("." + d));
    }
}
