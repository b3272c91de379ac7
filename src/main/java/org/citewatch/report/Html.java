package org.citewatch.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The one HTML rule the templates' escaping cannot give: a link gets an {@code href} only when it is
 * plainly http(s), so a {@code javascript:} or {@code data:} URL is shown as text and never becomes
 * live. (Escaping is the templates' job: jte escapes each value for its context.)
 */
final class Html {

    private Html() {}

    /**
     * The URL fit for an {@code href}, or empty: only {@code http://} and {@code https://} URLs
     * without whitespace or control characters (browsers strip those, which could hide a scheme).
     */
    static Optional<String> safeHref(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return Optional.empty();
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Optional.of(url);
        }
        return Optional.empty();
    }
}
