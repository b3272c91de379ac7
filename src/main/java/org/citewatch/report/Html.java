package org.citewatch.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Escaping for text from documents and servers in HTML. Every such value goes through
 * {@link #text}; attribute values are always double-quoted and escaped the same way; a link gets an
 * {@code href} only when it is plainly http(s), so a {@code javascript:} or {@code data:} URL is shown
 * as text and never becomes live.
 */
final class Html {

    private Html() {}

    /** Escapes for element content and double- or single-quoted attribute values. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '`' -> "&#96;";
                default -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

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

    /**
     * A link to an untrusted URL that opens in a new tab and tells the target nothing, or the URL as
     * plain text when it is not http(s). Long URLs are shortened on screen; the full one is in the
     * tooltip and the {@code href}.
     */
    static String link(String url, int maxShown) {
        String shown = url.length() > maxShown ? url.substring(0, maxShown - 1) + "…" : url;
        String title = url.length() > maxShown ? " title=\"" + text(url) + "\"" : "";
        return safeHref(url)
                .map(href -> "<a href=\"" + text(href) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\""
                        + title + ">" + text(shown) + "</a>")
                .orElse("<span class=\"mono\"" + title + ">" + text(shown) + "</span>");
    }
}
