package org.citewatch.archive;

import java.util.Objects;

/**
 * An archive URL as found in a citation, taken apart.
 *
 * @param raw the URL as written, trimmed
 * @param service the archive it belongs to
 * @param timestamp the capture time as 14 digits ({@code YYYYMMDDhhmmss}, UTC), right-padded with zeros
 *     when the URL gives fewer; {@code null} when the URL carries none (a calendar or {@code *} listing,
 *     a short id such as {@code archive.ph/x2vQs} or {@code perma.cc/ABCD-1234})
 * @param originalUrl the archived URL as the archive URL spells it (percent-decoded only when its
 *     scheme was encoded, default port removed, possibly without a scheme), or {@code null} when the
 *     archive URL does not name it
 */
public record ArchiveUrl(String raw, ArchiveService service, String timestamp, String originalUrl) {

    public ArchiveUrl {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(service, "service");
        if (timestamp != null && !Timestamps.isFull(timestamp)) {
            throw new IllegalArgumentException("timestamp must be 14 digits: " + timestamp);
        }
    }
}
