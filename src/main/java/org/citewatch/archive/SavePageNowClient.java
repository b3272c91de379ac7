package org.citewatch.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Save Page Now, anonymous form ({@code GET <save-url><url>}): the archive captures the page and
 * names the capture in {@code Content-Location} or {@code Location} ({@code /web/<14 digits>/<url>}).
 * It may hand back a capture made minutes ago instead of a new one, which serves as well.
 */
final class SavePageNowClient {

    /** The outcome: the capture's timestamp and original, or why there is none. */
    record Saved(String timestamp, String original, String reason, boolean halt) {
        boolean captured() {
            return timestamp != null;
        }
    }

    private static final Pattern CAPTURE = Pattern.compile("/web/(\\d{14})(?:[a-z]{2}\\d*_)?/(.+)$");

    private final ArchiveEndpoint endpoint;

    SavePageNowClient(ArchiveEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    Saved save(String url) {
        // the parsed form has no dot segments, so the URL cannot climb out of the save path
        HttpUrl target = HttpUrl.parse(url);
        HttpUrl request = target == null ? null : HttpUrl.parse(endpoint.base() + target.toString());
        if (request == null) {
            return new Saved(null, null, "not a URL Save Page Now accepts: " + url, false);
        }
        HttpReply reply = endpoint.send(new Request.Builder().url(request).build(), 0);
        if (reply instanceof HttpReply.Halted halted) {
            return new Saved(null, null, halted.reason(), true);
        }
        if (reply instanceof HttpReply.Failed failed) {
            return new Saved(null, null, failed.reason(), false);
        }
        HttpReply.Answered answer = (HttpReply.Answered) reply;
        for (String header : new String[] {"Content-Location", "Location"}) {
            String value = answer.header(header);
            Matcher capture = value == null ? null : CAPTURE.matcher(value);
            if (capture != null && capture.find()) {
                return new Saved(capture.group(1), OriginalUrls.clean(capture.group(2)), "saved", false);
            }
        }
        return new Saved(null, null, "Save Page Now answered HTTP " + answer.code() + " without a capture", false);
    }
}
