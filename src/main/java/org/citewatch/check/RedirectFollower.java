package org.citewatch.check;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Decides where a redirect goes: the next hop, or the end of the chain (a loop, too many hops, a
 * Location citewatch cannot follow). citewatch follows redirects itself so that every hop is
 * recorded and passes the address guard.
 */
final class RedirectFollower {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private final int maxRedirects;

    RedirectFollower(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    /** The next hop, or the judgement that ends the chain. */
    record Step(HttpUrl next, Judgement end) {

        Step {
            if ((next == null) == (end == null)) {
                throw new IllegalArgumentException("a step either goes on or ends");
            }
        }

        boolean ends() {
            return end != null;
        }
    }

    /**
     * @param current the URL that answered with a redirect
     * @param location its Location header
     * @param visited the URLs fetched so far in this chain, the checked URL first
     */
    Step next(HttpUrl current, String location, Collection<HttpUrl> visited) {
        HttpUrl next = current.resolve(location.strip());
        if (next == null) {
            var scheme = SCHEME.matcher(location.strip());
            if (scheme.find() && !scheme.group(1).toLowerCase(Locale.ROOT).startsWith("http")) {
                return end(Verdict.SKIPPED, Reason.UNSUPPORTED_SCHEME, "redirected to " + location);
            }
            return end(Verdict.DEAD, Reason.MALFORMED_URL, "malformed redirect Location: " + location);
        }
        next = next.newBuilder().fragment(null).build();
        if (visited.contains(next)) {
            return end(Verdict.DEAD, Reason.TOO_MANY_REDIRECTS, "redirect loop back to " + next);
        }
        if (visited.size() > maxRedirects) {
            return end(Verdict.DEAD, Reason.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects");
        }
        return new Step(next, null);
    }

    private static Step end(Verdict verdict, Reason reason, String evidence) {
        return new Step(null, new Judgement(verdict, reason, evidence));
    }
}
