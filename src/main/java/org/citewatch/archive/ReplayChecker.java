package org.citewatch.archive;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Replays a Wayback capture in {@code id_} mode (the original bytes and status, no banner, real
 * redirects instead of the view-mode interstitial) and says whether it shows a real page: not a
 * capture of a redirect, a 404 or an error page, and not an archive error.
 */
final class ReplayChecker {

    /** Whether redirects to another capture of the same URL are followed. */
    enum Mode {
        /** A snapshot citewatch would offer: any redirect disqualifies it ("listed is not playable"). */
        OFFER,
        /** A citation's own link: inexact timestamps redirect to the nearest capture, which is fine. */
        VALIDATE
    }

    private static final int MAX_HOPS = 3;

    /** Enough of the page for its title. */
    private static final long TITLE_BYTES = 32 * 1024;

    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern ERROR_TITLE =
            Pattern.compile("(?i)\\b(?:404|410)\\b|not found|no longer available|page (?:does not|doesn't) exist");
    private static final Pattern CRAWL_REDIRECT = Pattern.compile("(?i)Got an HTTP 30\\d response at crawl time");
    private static final Pattern REPLAY_PATH = Pattern.compile("^(\\d{1,14})(?:[a-z]{2}\\d*_)?/(.+)$");

    private final ArchiveEndpoint endpoint;
    private final HttpUrl base;

    ReplayChecker(ArchiveEndpoint endpoint) {
        this.endpoint = endpoint;
        this.base = endpoint.base();
    }

    /** The public replay URL of a capture under the configured base (default port dropped). */
    String snapshotUrl(String timestamp, String original) {
        return base + timestamp + "/" + OriginalUrls.clean(original);
    }

    /** The {@code id_} URL of a capture, or empty when the original is not an http(s) URL. */
    Optional<HttpUrl> replayUrl(String timestamp, String original) {
        String withScheme = original.matches("(?i)^https?://.*") ? original : "http://" + original;
        HttpUrl parsed = HttpUrl.parse(withScheme);
        // the parsed form has no dot segments, so the original cannot climb out of the replay path
        return parsed == null
                ? Optional.empty()
                : Optional.ofNullable(HttpUrl.parse(base + timestamp + "id_/" + parsed));
    }

    ReplayCheck check(String timestamp, String original, Mode mode) {
        Optional<HttpUrl> start = replayUrl(timestamp, original);
        if (start.isEmpty()) {
            return ReplayCheck.bad("not an http(s) original: " + original);
        }
        HttpUrl url = start.get();
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            HttpReply reply = endpoint.send(new Request.Builder().url(url).build(), TITLE_BYTES);
            if (reply instanceof HttpReply.Halted halted) {
                return ReplayCheck.unreachable(halted.reason(), true);
            }
            if (reply instanceof HttpReply.Failed failed) {
                return ReplayCheck.unreachable(failed.reason(), false);
            }
            HttpReply.Answered answer = (HttpReply.Answered) reply;
            int code = answer.code();
            if (code == 200) {
                return judgePage(answer);
            }
            if (code >= 300 && code < 400) {
                Optional<HttpUrl> next = sameUrlElsewhere(url, answer.header("Location"), original);
                if (mode == Mode.OFFER || next.isEmpty()) {
                    return ReplayCheck.bad("replay redirects to " + answer.header("Location"));
                }
                url = next.get();
                continue;
            }
            if (code >= 500) {
                return ReplayCheck.unreachable("replay answered HTTP " + code, false);
            }
            return ReplayCheck.bad("replay answered HTTP " + code + describe(answer));
        }
        return ReplayCheck.bad("replay redirects more than " + MAX_HOPS + " times");
    }

    private static ReplayCheck judgePage(HttpReply.Answered answer) {
        String body = answer.body();
        if (CRAWL_REDIRECT.matcher(body).find()) {
            return ReplayCheck.bad("capture of a redirect");
        }
        String type = answer.header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("html")) {
            Matcher title = TITLE.matcher(body);
            if (title.find() && ERROR_TITLE.matcher(title.group(1)).find()) {
                return ReplayCheck.bad(
                        "capture of an error page: " + title.group(1).strip());
            }
        }
        return ReplayCheck.valid("replay answered HTTP 200");
    }

    /** A redirect inside the replay base to another capture of the same original URL. */
    private Optional<HttpUrl> sameUrlElsewhere(HttpUrl from, String location, String original) {
        HttpUrl target = location == null ? null : from.resolve(location);
        if (target == null
                || !target.host().equals(base.host())
                || target.port() != base.port()
                || !target.encodedPath().startsWith(base.encodedPath())) {
            return Optional.empty();
        }
        String rest = target.encodedPath().substring(base.encodedPath().length())
                + (target.encodedQuery() == null ? "" : "?" + target.encodedQuery());
        Matcher m = REPLAY_PATH.matcher(rest);
        if (!m.matches() || !UrlEquivalence.same(OriginalUrls.clean(m.group(2)), original)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static String describe(HttpReply.Answered answer) {
        String error = answer.header("X-Archive-Wayback-Runtime-Error");
        return error == null ? "" : " (" + error + ")";
    }
}
