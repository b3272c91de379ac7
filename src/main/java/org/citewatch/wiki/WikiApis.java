package org.citewatch.wiki;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wikis of a run, one {@link WikiApi} each, so that every stream over one wiki shares its one
 * request at a time. Builds the client from the shared one ({@code newBuilder()}: same pool and
 * threads, the wiki's time-out) and the User-Agent the Wikimedia policy asks for.
 */
final class WikiApis {

    private final OkHttpClient client;
    private final WikiProperties settings;
    private final Pauser pauser;
    private final String userAgent;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<HttpUrl, WikiApi> byEndpoint = new ConcurrentHashMap<>();

    WikiApis(OkHttpClient shared, WikiProperties settings, Pauser pauser) {
        // The wiki's address is the operator's, trusted; no redirects are followed (see WikiApi), so
        // the address guard of link checks has nothing to guard here.
        this.client = shared.newBuilder()
                .callTimeout(settings.timeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.settings = settings;
        this.pauser = pauser;
        this.userAgent = userAgent(settings.contact());
    }

    /** {@code citewatch/<version> (<contact>) okhttp/<version>}, as the Wikimedia User-Agent policy asks. */
    static String userAgent(String contact) {
        String version = WikiApis.class.getPackage().getImplementationVersion();
        String self = "citewatch/" + (version == null ? "dev" : version);
        String who = contact.isBlank() ? "" : " (" + contact + ")";
        return self + who + " okhttp/" + OkHttp.VERSION;
    }

    String userAgent() {
        return userAgent;
    }

    /**
     * Why the wiki cannot be asked at all, if it cannot: Wikimedia blocks clients whose User-Agent
     * names no contact.
     */
    Optional<String> refusal(HttpUrl endpoint) {
        if (settings.contact().isBlank() && settings.isWikimedia(endpoint.host())) {
            return Optional.of(endpoint.host() + " is a Wikimedia wiki, which blocks clients without a contact:"
                    + " set citewatch.wiki.contact (or --wiki-contact) to your e-mail address or user page URL");
        }
        return Optional.empty();
    }

    WikiApi forEndpoint(HttpUrl endpoint) {
        return byEndpoint.computeIfAbsent(endpoint, url -> new WikiApi(client, url, userAgent, settings, pauser, json));
    }

    /**
     * The API endpoint of a wiki address: an address ending in {@code api.php} is the endpoint itself,
     * any other gets {@link WikiProperties#apiPath()}.
     *
     * @throws IllegalArgumentException when the address is not an http(s) URL
     */
    HttpUrl endpointOf(String wiki) {
        HttpUrl url = HttpUrl.parse(wiki.strip());
        if (url == null) {
            throw new IllegalArgumentException("not a wiki address (http:// or https://): " + wiki);
        }
        if (url.encodedPath().endsWith("api.php")) {
            return url.newBuilder().query(null).fragment(null).build();
        }
        String base = url.encodedPath().replaceAll("/+$", "");
        return url.newBuilder()
                .encodedPath(base + settings.apiPath())
                .query(null)
                .fragment(null)
                .build();
    }
}
