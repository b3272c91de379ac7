package org.citewatch.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the link checker, {@code citewatch.check.*}; config/application.yml documents each
 * with its default. Phrase and pattern lists left out fall back to the built-in lists.
 *
 * @param concurrency requests in flight at once over all hosts
 * @param perHost requests in flight at once to one host (politeness)
 * @param minDelay minimum time between the starts of two requests to one host; zero for none
 * @param connectTimeout time-out for establishing a connection
 * @param readTimeout time-out between two reads
 * @param timeout time-out for one whole request, body included
 * @param retries retries after a time-out, a reset connection, a 5xx, 408 or 429
 * @param retryBackoff the first retry's delay; doubled per retry, with jitter
 * @param maxRetryAfter the longest Retry-After honoured; a longer one ends the check as rate limited
 * @param maxBodyBytes HTML read at most, after decompression, for the soft-404 and parking checks
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the User-Agent sent with every request
 * @param proxy {@code http://host:port}, or empty for the JVM's proxy settings
 * @param allowPrivateNetworks turns the address guard off (tests against local servers)
 * @param canaryHosts hosts or URLs probed to tell a network outage from dead links; empty for none
 * @param outageWindow how far back the outage guard looks, and how long an unconfirmed network
 *     failure waits for proof that the network is up
 * @param shortPageChars pages with less visible text than this count as short: a "not found"
 *     phrase anywhere in them makes them soft 404s
 * @param soft404Phrases phrases of "not found" pages
 * @param soft404Titles whole titles of "not found" pages
 * @param parkedPhrases phrases of parked or for-sale domains
 * @param parkedMarkers hosts of parking services, looked for in scripts and frames
 * @param errorUrlPatterns regular expressions for error-page URLs reached by a redirect
 * @param redirectServices hosts whose links exist to redirect (shorteners, identifier resolvers): a
 *     home page they land on is what was cited
 * @param doiApi the handle REST API that judges {@code doi.org}/{@code dx.doi.org} links, ending in
 *     {@code /}; the DOI is appended
 * @param handleApi the handle REST API that judges {@code hdl.handle.net} links, ending in {@code /}
 * @param paywallStatuses statuses that mean "behind the paywall" for a link whose citation declares
 *     one ({@code url-access=subscription}, {@code {{subscription required}}})
 */
@ConfigurationProperties("citewatch.check")
public record CheckProperties(
        @DefaultValue("64") int concurrency,
        @DefaultValue("2") int perHost,
        @DefaultValue("0s") Duration minDelay,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2") int retries,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("60s") Duration maxRetryAfter,
        @DefaultValue("64KB") DataSize maxBodyBytes,
        @DefaultValue("10") int maxRedirects,
        @DefaultValue(DEFAULT_USER_AGENT) String userAgent,
        @DefaultValue("") String proxy,
        @DefaultValue("false") boolean allowPrivateNetworks,
        List<String> canaryHosts,
        @DefaultValue("10s") Duration outageWindow,
        @DefaultValue("1500") int shortPageChars,
        List<String> soft404Phrases,
        List<String> soft404Titles,
        List<String> parkedPhrases,
        List<String> parkedMarkers,
        List<String> errorUrlPatterns,
        List<String> redirectServices,
        @DefaultValue(DEFAULT_DOI_API) String doiApi,
        @DefaultValue(DEFAULT_HANDLE_API) String handleApi,
        List<Integer> paywallStatuses) {

    /** Names citewatch and where to read about it, so site owners can tell who is calling. */
    public static final String DEFAULT_USER_AGENT = "citewatch/0.1 (+https://github.com/citewatch/citewatch)";

    /** The handle system's REST API as doi.org serves it for DOIs. */
    public static final String DEFAULT_DOI_API = "https://doi.org/api/handles/";

    /** The same API for other handles. */
    public static final String DEFAULT_HANDLE_API = "https://hdl.handle.net/api/handles/";

    public CheckProperties {
        if (concurrency < 1 || perHost < 1) {
            throw new IllegalArgumentException("concurrency and per-host must be at least 1");
        }
        if (retries < 0 || maxRedirects < 0 || shortPageChars < 0) {
            throw new IllegalArgumentException("retries, max-redirects and short-page-chars cannot be negative");
        }
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        requirePositive(timeout, "timeout");
        requirePositive(outageWindow, "outage-window");
        Objects.requireNonNull(minDelay, "min-delay");
        Objects.requireNonNull(retryBackoff, "retry-backoff");
        Objects.requireNonNull(maxRetryAfter, "max-retry-after");
        Objects.requireNonNull(maxBodyBytes, "max-body-bytes");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("user-agent cannot be blank");
        }
        proxy = proxy == null ? "" : proxy.strip();
        canaryHosts = canaryHosts == null ? List.of() : List.copyOf(canaryHosts);
        soft404Phrases = orDefault(soft404Phrases, DefaultPhrases.SOFT_404);
        soft404Titles = orDefault(soft404Titles, DefaultPhrases.SOFT_404_TITLES);
        parkedPhrases = orDefault(parkedPhrases, DefaultPhrases.PARKED);
        parkedMarkers = orDefault(parkedMarkers, DefaultPhrases.PARKED_MARKERS);
        errorUrlPatterns = orDefault(errorUrlPatterns, DefaultPhrases.ERROR_URL_PATTERNS);
        redirectServices = orDefault(redirectServices, DefaultPhrases.REDIRECT_SERVICES);
        doiApi = apiBase(doiApi, DEFAULT_DOI_API, "doi-api");
        handleApi = apiBase(handleApi, DEFAULT_HANDLE_API, "handle-api");
        paywallStatuses = paywallStatuses == null || paywallStatuses.isEmpty()
                ? DefaultPhrases.PAYWALL_STATUSES
                : List.copyOf(paywallStatuses);
    }

    /** An http(s) base URL ending in {@code /}, so that a handle can be appended. */
    private static String apiBase(String value, String fallback, String name) {
        String base = value == null || value.isBlank() ? fallback : value.strip();
        if (okhttp3.HttpUrl.parse(base) == null) {
            throw new IllegalArgumentException(name + " is not an http(s) URL: " + base);
        }
        return base.endsWith("/") ? base : base + "/";
    }

    /** The defaults, as config/application.yml states them. */
    public static CheckProperties defaults() {
        return new CheckProperties(
                64,
                2,
                Duration.ZERO,
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                DataSize.ofKilobytes(64),
                10,
                DEFAULT_USER_AGENT,
                "",
                false,
                null,
                Duration.ofSeconds(10),
                1500,
                null,
                null,
                null,
                null,
                null,
                null,
                DEFAULT_DOI_API,
                DEFAULT_HANDLE_API,
                null);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static List<String> orDefault(List<String> list, List<String> builtIn) {
        return list == null || list.isEmpty() ? builtIn : List.copyOf(list);
    }
}
