package org.citewatch.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A link to a DOI ({@code https://doi.org/10.1000/182}, {@code http://dx.doi.org/...}) or another
 * handle ({@code https://hdl.handle.net/2027/mdp.39015...}): judged by asking the handle system
 * whether the name exists, not by fetching the publisher's landing page, which answers automated
 * clients with 403 and would make every DOI UNKNOWN.
 *
 * @param name the DOI or handle, percent-decoded ({@code 10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-L})
 * @param api the handle API URL that answers for it
 */
record HandleLink(String name, HttpUrl api) {

    private static final Set<String> DOI_HOSTS = Set.of("doi.org", "dx.doi.org", "www.doi.org");
    private static final Set<String> HANDLE_HOSTS = Set.of("hdl.handle.net", "www.hdl.handle.net");

    HandleLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(api, "api");
    }

    /**
     * The handle a URL names, when it is a resolver link; empty for anything else, the resolvers'
     * own pages included ({@code https://doi.org/}, {@code https://www.doi.org/the-identifier/...}).
     *
     * @param doiApi the API base for DOIs, ending in {@code /}
     * @param handleApi the API base for other handles, ending in {@code /}
     */
    static Optional<HandleLink> of(HttpUrl url, HttpUrl doiApi, HttpUrl handleApi) {
        String host = url.host().toLowerCase(Locale.ROOT);
        boolean doi = DOI_HOSTS.contains(host);
        if (!doi && !HANDLE_HOSTS.contains(host)) {
            return Optional.empty();
        }
        // pathSegments() decodes each segment once: %3C is "<", %2F inside a segment is "/".
        String name = String.join("/", url.pathSegments());
        int slash = name.indexOf('/');
        if (slash <= 0 || slash == name.length() - 1) {
            return Optional.empty(); // no prefix/suffix: a page of the resolver's site
        }
        String prefix = name.substring(0, slash);
        if (doi ? !prefix.startsWith("10.") : prefix.equalsIgnoreCase("api") || prefix.startsWith("_")) {
            return Optional.empty();
        }
        HttpUrl.Builder api = (doi ? doiApi : handleApi).newBuilder();
        List<String> base = (doi ? doiApi : handleApi).pathSegments();
        if (!base.isEmpty() && base.get(base.size() - 1).isEmpty()) {
            api.removePathSegment(base.size() - 1); // the base's trailing "/": segments follow it
        }
        for (String segment : name.split("/", -1)) {
            api.addPathSegment(segment); // encodes what a path cannot hold: "<", ">", "#", "?", "%"
        }
        return Optional.of(new HandleLink(name, api.build()));
    }
}
