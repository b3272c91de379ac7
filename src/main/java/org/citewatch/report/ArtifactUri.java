package org.citewatch.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document name as a URI reference for SARIF: relative paths stay relative (code scanning
 * resolves them against the repository root), absolute ones become {@code file:} URIs, and every
 * character outside the URI path grammar is percent-encoded as UTF-8.
 */
final class ArtifactUri {

    private static final String PATH_SAFE =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

    private ArtifactUri() {}

    static String of(String document) {
        String path = document.replace('\\', '/');
        boolean windowsDrive = path.length() > 2
                && Character.isLetter(path.charAt(0))
                && path.charAt(1) == ':'
                && path.charAt(2) == '/';
        if (windowsDrive) {
            return "file:///" + encode(path);
        }
        if (path.startsWith("/")) {
            return "file://" + encode(path);
        }
        String encoded = encode(path);
        // A relative reference whose first segment holds ':' would read as a scheme.
        int colon = encoded.indexOf(':');
        int slash = encoded.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            return "./" + encoded;
        }
        return encoded;
    }

    private static String encode(String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && PATH_SAFE.indexOf(c) >= 0) {
                out.write(c);
            } else {
                byte[] escape = String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII);
                out.write(escape, 0, escape.length);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
