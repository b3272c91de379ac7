package org.citewatch.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import okhttp3.HttpUrl;

/** Keys under which long texts are looked up, and the host bucket a URL belongs to. */
final class Keys {

    /**
     * Hosts are spread over this many buckets; the check step's partitions are ranges of buckets.
     * {@link String#hashCode()} is specified, so a bucket is the same in every JVM (remote workers).
     */
    static final int HOST_BUCKETS = 1024;

    private Keys() {}

    /** SHA-256 of the text, in hex: small unique indexes on both H2 and PostgreSQL. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The URL's host in lower case, or the empty string for a URL without one. */
    static String host(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? "" : parsed.host();
    }

    static int bucket(String host) {
        return Math.floorMod(host.hashCode(), HOST_BUCKETS);
    }
}
