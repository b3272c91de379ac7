package org.citewatch.archive;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an archived page says about itself with exactly one replay request in {@code id_} mode,
 * through the replay endpoint's limiter (the same one the archive step's replay checks wait for).
 * Redirects are not followed: a capture named by its exact timestamp answers 200, and following an
 * inexact one to the nearest capture would cost a second request.
 */
final class CaptureReader {

    /** Enough of a page for its title, main heading and opening text. */
    private static final long PAGE_BYTES = 64 * 1024;

    private static final Pattern CRAWL_REDIRECT = Pattern.compile("(?i)Got an HTTP 30\\d response at crawl time");

    private final ArchiveEndpoint replay;
    private final ReplayChecker urls;

    CaptureReader(ArchiveEndpoint replay, ReplayChecker urls) {
        this.replay = replay;
        this.urls = urls;
    }

    /**
     * @param timestamp the capture's 14-digit timestamp
     * @param original the archived URL
     */
    CaptureRead read(String timestamp, String original) {
        Optional<Instant> at = Timestamps.parse(timestamp);
        Optional<HttpUrl> replayUrl = urls.replayUrl(timestamp, original);
        if (at.isEmpty() || replayUrl.isEmpty()) {
            return new CaptureRead.NoPage("not a capture: " + timestamp + " " + original);
        }
        HttpReply reply = replay.send(new Request.Builder().url(replayUrl.get()).build(), PAGE_BYTES);
        if (reply instanceof HttpReply.Halted halted) {
            return new CaptureRead.Unavailable(halted.reason());
        }
        if (reply instanceof HttpReply.Failed failed) {
            return new CaptureRead.Unavailable(failed.reason());
        }
        HttpReply.Answered answer = (HttpReply.Answered) reply;
        if (answer.code() >= 500) {
            return new CaptureRead.Unavailable("replay answered HTTP " + answer.code());
        }
        if (answer.code() != 200) {
            return new CaptureRead.NoPage("replay answered HTTP " + answer.code());
        }
        String type = answer.header("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("html")) {
            return new CaptureRead.NoPage("not an HTML capture: " + type);
        }
        if (CRAWL_REDIRECT.matcher(answer.body()).find()) {
            return new CaptureRead.NoPage("capture of a redirect");
        }
        Document doc = Jsoup.parse(answer.body(), replayUrl.get().toString());
        Element heading = Optional.ofNullable(doc.selectFirst("h1")).orElse(doc.selectFirst("h2"));
        String text = doc.body() == null ? "" : doc.body().text();
        return new CaptureRead.Page(new CapturedPage(
                urls.snapshotUrl(timestamp, original),
                at.get(),
                doc.title().strip(),
                heading == null ? "" : heading.text().strip(),
                text.length() > CapturedPage.MAX_TEXT ? text.substring(0, CapturedPage.MAX_TEXT) : text));
    }
}
