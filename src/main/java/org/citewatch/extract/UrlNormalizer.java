package org.citewatch.extract;

import java.util.Locale;

/**
 * Normalizes cited URLs so that each is checked once per run.
 *
 * <p>PLACEHOLDER until the extraction work lands: only lower-cases the scheme prefix. The real rules
 * (entities, host case, IDN, percent-encoding, fragment, default port) replace this class.
 */
public final class UrlNormalizer {

    private UrlNormalizer() {}

    /** Normalizes a URL as written in a document (entities still encoded, whitespace trimmed). */
    public static NormalizedUrl normalize(String url) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("//")) {
            return new NormalizedUrl("https:" + trimmed, null);
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return new NormalizedUrl(trimmed, "UNSUPPORTED_SCHEME");
        }
        return new NormalizedUrl(trimmed, null);
    }
}
