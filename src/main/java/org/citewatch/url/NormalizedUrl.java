package org.citewatch.url;

import java.util.Objects;

/**
 * A URL in the form under which it is checked once per run.
 *
 * @param value the normalized URL; the input, trimmed, when it cannot be normalized
 * @param skipReason {@code UNSUPPORTED_SCHEME} or {@code MALFORMED_URL} when the URL is not to be
 *     checked, else {@code null}
 */
public record NormalizedUrl(String value, String skipReason) {

    public NormalizedUrl {
        Objects.requireNonNull(value, "value");
    }

    public boolean checkable() {
        return skipReason == null;
    }
}
