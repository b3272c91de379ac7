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
    static final int HOST_BUCKETS = 1 << 10;

    /** Fibonacci hashing's multiplier, 2^32 divided by the golden ratio. */
    private static final int GOLDEN = 0x9E3779B9;

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

    /**
     * The host's bucket. Names that differ only in their last characters ({@code 127.0.0.22} and
     * {@code 127.0.0.23}, {@code www1}/{@code www2}) have neighbouring hash codes, which a plain modulo
     * would put into one partition; Fibonacci hashing spreads them over all buckets, so the check
     * step's partitions (and a distributed audit's workers) share the hosts evenly.
     */
    static int bucket(String host) {
        return (host.hashCode() * GOLDEN) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(HOST_BUCKETS));
    }
}
