package org.citewatch.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one URL once.
 *
 * @param url the normalized URL that was checked
 * @param verdict what a reader finds
 * @param reason why
 * @param httpStatus the last HTTP status received, or {@code null} when no response came
 * @param finalUrl the URL the redirect chain ended at (equals {@code url} without redirects)
 * @param redirectChain every hop after {@code url}, in order; empty without redirects
 * @param contentType the final response's media type, or {@code null}
 * @param elapsed wall time of the whole check, retries included
 * @param bytesRead body bytes read after decompression
 * @param attempts requests made, retries included
 * @param evidence what the verdict rests on: the matched soft-404 phrase, the page title, the error
 *     message; {@code null} when there is nothing to add
 * @param tlsInvalid whether the certificate failed verification (the verdict then comes from a
 *     second fetch without verification)
 * @param checkedAt when the check finished
 * @param page what the page says about itself (title, main heading, opening text), kept for ALIVE
 *     HTML pages only; {@code null} otherwise
 */
public record CheckResult(
        String url,
        Verdict verdict,
        Reason reason,
        Integer httpStatus,
        String finalUrl,
        List<String> redirectChain,
        String contentType,
        Duration elapsed,
        long bytesRead,
        int attempts,
        String evidence,
        boolean tlsInvalid,
        Instant checkedAt,
        PageDigest page) {

    public CheckResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(checkedAt, "checkedAt");
        redirectChain = List.copyOf(redirectChain);
        if (bytesRead < 0 || attempts < 0) {
            throw new IllegalArgumentException("bytesRead and attempts cannot be negative");
        }
    }

    /** A result without a page digest: not ALIVE, not HTML, or not from a page fetch. */
    public CheckResult(
            String url,
            Verdict verdict,
            Reason reason,
            Integer httpStatus,
            String finalUrl,
            List<String> redirectChain,
            String contentType,
            Duration elapsed,
            long bytesRead,
            int attempts,
            String evidence,
            boolean tlsInvalid,
            Instant checkedAt) {
        this(
                url,
                verdict,
                reason,
                httpStatus,
                finalUrl,
                redirectChain,
                contentType,
                elapsed,
                bytesRead,
                attempts,
                evidence,
                tlsInvalid,
                checkedAt,
                null);
    }
}
