package org.citewatch.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the CDX server's {@code output=json} answer: an array whose first row names the fields and
 * whose other rows are captures, every value a string. No captures comes as {@code []} or as the
 * header row alone; a body that is not JSON is not an answer at all.
 */
final class CdxParser {

    static final List<String> FIELDS = List.of("timestamp", "original", "statuscode", "mimetype", "digest");

    private final JsonMapper json;

    CdxParser(JsonMapper json) {
        this.json = json;
    }

    /**
     * @return the 200 captures, oldest first, one per timestamp; empty Optional when the body is not a
     *     CDX JSON answer
     */
    Optional<List<Capture>> parse(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isArray()) {
            return Optional.empty();
        }
        if (root.size() <= 1) {
            return Optional.of(List.of());
        }
        JsonNode header = root.get(0);
        int ts = column(header, "timestamp", 0);
        int original = column(header, "original", 1);
        int status = column(header, "statuscode", 2);
        List<Capture> captures = new ArrayList<>();
        for (int i = 1; i < root.size(); i++) {
            // a resumeKey trailer ([] then ["key"]) or a short row is not a capture
            capture(root.get(i), ts, original, status).ifPresent(captures::add);
        }
        captures.sort(Comparator.comparing(Capture::instant));
        List<Capture> unique = new ArrayList<>();
        for (Capture capture : captures) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).timestamp().equals(capture.timestamp())) {
                unique.add(capture);
            }
        }
        return Optional.of(unique);
    }

    private static Optional<Capture> capture(JsonNode row, int ts, int original, int status) {
        if (!row.isArray() || row.size() <= Math.max(ts, Math.max(original, status))) {
            return Optional.empty();
        }
        // the query filters on 200 already; a server or mirror that ignores the filter must not
        // make a redirect or a 404 capture look like a snapshot
        if (!"200".equals(row.get(status).asString())) {
            return Optional.empty();
        }
        String url = row.get(original).asString();
        if (!saneHttpUrl(url)) {
            return Optional.empty();
        }
        String timestamp = row.get(ts).asString();
        Optional<Instant> instant = Timestamps.parse(timestamp);
        return instant.map(at -> new Capture(timestamp, at, url));
    }

    /** Junk originals exist in the index ({@code http://mailto:...}, {@code data:} blobs). */
    static boolean saneHttpUrl(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed != null
                && parsed.username().isEmpty()
                && parsed.password().isEmpty()
                && parsed.host().contains(".");
    }

    private static int column(JsonNode header, String name, int fallback) {
        if (header != null && header.isArray()) {
            for (int i = 0; i < header.size(); i++) {
                if (name.equals(header.get(i).asString())) {
                    return i;
                }
            }
        }
        return fallback;
    }
}
