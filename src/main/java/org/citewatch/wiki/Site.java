package org.citewatch.wiki;

import java.time.Instant;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.citewatch.extract.WikiSite;

/**
 * A wiki as {@code meta=siteinfo} describes it.
 *
 * @param endpoint its API
 * @param server its address, with the scheme the API is reached by ({@code https://zh.wikipedia.org})
 * @param articlePath the path of a page, {@code $1} standing for the title ({@code /wiki/$1})
 * @param now the wiki's clock when it answered ({@code curtimestamp}): listings are marked in wiki time
 * @param facts its language and template names, for the extractor
 */
record Site(HttpUrl endpoint, String server, String articlePath, Instant now, WikiSite facts) {

    Site {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(articlePath, "articlePath");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(facts, "facts");
        if (!articlePath.contains("$1")) {
            throw new IllegalArgumentException("article path without $1: " + articlePath);
        }
    }

    /**
     * The page's address on the wiki: what reports show as the document and link to. Spaces become
     * {@code _} as MediaWiki writes them; the characters that would end the path are escaped.
     */
    String pageUrl(String title) {
        String path = title.replace(' ', '_')
                .replace("%", "%25")
                .replace("?", "%3F")
                .replace("#", "%23")
                .replace("\"", "%22");
        return server + articlePath.replace("$1", path);
    }
}
