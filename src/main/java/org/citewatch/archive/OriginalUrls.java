package org.citewatch.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Cleans the original URL embedded in an archive URL, the way the archives themselves read it. */
final class OriginalUrls {

    private static final Pattern ENCODED_SCHEME = Pattern.compile("(?i)^https?%3A.*");
    private static final Pattern COLLAPSED_SLASHES = Pattern.compile("(?i)^(https?):/(?!/)");
    private static final Pattern HTTP_DEFAULT_PORT = Pattern.compile("(?i)^(http://[^/?#]+?):80(?=[/?#]|$)");
    private static final Pattern HTTPS_DEFAULT_PORT = Pattern.compile("(?i)^(https://[^/?#]+?):443(?=[/?#]|$)");

    private OriginalUrls() {}

    /**
     * Decodes a fully percent-encoded original only when its scheme is encoded (decoding any other
     * original would corrupt its own query), restores {@code http:/x} path-collapsed by some tools,
     * and drops the default port that CDX and Link headers keep ({@code http://example.com:80/}).
     *
     * @return the cleaned URL, or {@code null} for blank input
     */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String url = text.strip();
        if (ENCODED_SCHEME.matcher(url).matches()) {
            url = percentDecode(url);
        }
        url = COLLAPSED_SLASHES.matcher(url).replaceFirst("$1://");
        url = HTTP_DEFAULT_PORT.matcher(url).replaceFirst("$1");
        return HTTPS_DEFAULT_PORT.matcher(url).replaceFirst("$1");
    }

    /** Percent-decodes UTF-8; unlike form decoding, {@code +} stays a plus and bad escapes stay as written. */
    static String percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
