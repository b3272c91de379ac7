package org.citewatch.archive;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the archive URLs citations carry and takes them apart: Wayback (every host variant),
 * archive.today (all domains, long and short forms), WebCite, Archive-It, Perma.cc, Ghostarchive,
 * arquivo.pt, the UK Web Archive, the Library of Congress and Wikiwix. Pure and thread-safe.
 */
public final class ArchiveUrls {

    /** Scheme (or protocol-relative), host, optional port, then path, query and fragment. */
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?:)?//([^/?#:@\\s]+)(?::\\d{1,5})?([/?#]\\S*)?$");

    // Host variants seen in Wikipedia citations (GreenC's archive-URL tooling accepts the same set).
    private static final List<Map.Entry<Pattern, ArchiveService>> HOSTS = List.of(
            Map.entry(
                    host(
                            "(?:www\\.)?(?:(?:web|www\\.web|wayback|classic-web|web-beta|replay|replay-web|web\\.wayback)\\.)?"
                                    + "archive\\.org"),
                    ArchiveService.WAYBACK),
            Map.entry(host("(?:www\\.)?archive\\.(?:today|ph|is|li|md|vn|fo|ec)"), ArchiveService.ARCHIVE_TODAY),
            Map.entry(host("(?:www\\.)?webcitation\\.org"), ArchiveService.WEBCITE),
            Map.entry(host("(?:wayback\\.|www\\.)?archive-it\\.org"), ArchiveService.ARCHIVE_IT),
            Map.entry(host("(?:www\\.)?perma(?:\\.cc|-archives\\.org)"), ArchiveService.PERMA_CC),
            Map.entry(host("(?:www\\.)?ghostarchive\\.org"), ArchiveService.GHOSTARCHIVE),
            Map.entry(host("(?:www\\.|arquivo-web\\.)?arquivo\\.pt"), ArchiveService.ARQUIVO_PT),
            Map.entry(host("(?:www\\.)?webarchive\\.org\\.uk"), ArchiveService.UK_WEB_ARCHIVE),
            Map.entry(host("webarchives?\\.loc\\.gov"), ArchiveService.LIBRARY_OF_CONGRESS),
            Map.entry(host("archive\\.wikiwix\\.com"), ArchiveService.WIKIWIX));

    /** Replay path of pywb-style archives: {@code /<timestamp>[*][modifier_]/<original>}. */
    private static final Pattern REPLAY_PATH = Pattern.compile(
            "(?i)/(\\d{1,14})(\\*)?(?:[a-z]{2}\\d*_)?/((?:https?(?::|%3A)|[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:[:/?]|$)).*)$");

    private static final Pattern WAYBACK_PATH = Pattern.compile("(?i)^/web/(.*)$");
    /**
     * {@code /<4-14 digits>[modifier_]/<original>} without {@code /web/}: the archive serves it as the
     * same capture (issue 10). What follows the digits must look like a URL (a scheme, or a dotted
     * host), so archive.org's own pages ({@code /details/...}, {@code /2012/annual-report}) never match.
     */
    private static final Pattern WAYBACK_BARE_SNAPSHOT = Pattern.compile(
            "(?i)^/(\\d{4,14}(?:[a-z]{2}\\d*_)?/(?:[a-z][a-z0-9+.-]*(?::|%3A)|[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:[:/?]|$)).*)$");
    /** {@code <timestamp>[modifier_][/<original>]}: the original may be missing or of any form. */
    private static final Pattern WAYBACK_SNAPSHOT = Pattern.compile("(?i)^(\\d{1,14})(?:[a-z]{2}\\d*_)?(?:/(.*))?$");

    private static final Pattern WAYBACK_LISTING = Pattern.compile("^\\d{0,14}\\*[^/]*/(.*)$");
    private static final Pattern TODAY_LONG = Pattern.compile("^/(\\d{14}|\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6})/(.+)$");
    private static final Pattern TODAY_NAMED =
            Pattern.compile("(?i)^/(?:newest|oldest|timegate|timemap(?:/\\w+)?)/(.+)$");
    private static final Pattern URL_PARAM = Pattern.compile("(?i)[?&]url=(.*)$");
    private static final Pattern WIKIWIX_CACHE = Pattern.compile("(?i)^/cache/(\\d{14})/(.+)$");
    private static final List<String> WIKIWIX_PARAM_ENDS = List.of("&title=", "&apiresponse=");

    private ArchiveUrls() {}

    /**
     * Parses an archive URL.
     *
     * @param raw the archive URL as written (may be {@code null})
     * @return the parsed URL, or empty when it is not a URL of a known archive (or a page of the archive's
     *     site that is not an archived copy, such as {@code archive.org/details/...})
     */
    public static Optional<ArchiveUrl> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String url = raw.strip();
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2) == null ? "" : m.group(2);
        for (Map.Entry<Pattern, ArchiveService> entry : HOSTS) {
            if (entry.getKey().matcher(host).matches()) {
                return parse(url, entry.getValue(), rest);
            }
        }
        return Optional.empty();
    }

    private static Optional<ArchiveUrl> parse(String url, ArchiveService service, String rest) {
        return switch (service) {
            case WAYBACK -> wayback(url, rest);
            case ARCHIVE_TODAY -> Optional.of(archiveToday(url, rest));
            case WEBCITE -> Optional.of(new ArchiveUrl(url, service, null, urlParameter(rest, List.of("&"))));
            case WIKIWIX -> Optional.of(wikiwix(url, rest));
            case ARCHIVE_IT, PERMA_CC, GHOSTARCHIVE, ARQUIVO_PT, UK_WEB_ARCHIVE, LIBRARY_OF_CONGRESS ->
                Optional.of(replayOrId(url, service, rest));
        };
    }

    private static Optional<ArchiveUrl> wayback(String url, String rest) {
        Matcher path = WAYBACK_PATH.matcher(rest);
        Matcher bare = WAYBACK_BARE_SNAPSHOT.matcher(rest);
        String tail;
        if (path.matches()) {
            tail = path.group(1);
        } else if (bare.matches()) {
            tail = bare.group(1);
        } else {
            // archive.org/details/..., /post/...: pages of the archive, not Wayback snapshots
            return Optional.empty();
        }
        Matcher listing = WAYBACK_LISTING.matcher(tail);
        if (listing.matches()) {
            return Optional.of(new ArchiveUrl(url, ArchiveService.WAYBACK, null, OriginalUrls.clean(listing.group(1))));
        }
        Matcher snapshot = WAYBACK_SNAPSHOT.matcher(tail);
        if (snapshot.matches()) {
            // fewer than 4 digits (/web/0/ is the first capture) name no capture time
            String digits = snapshot.group(1);
            String timestamp = digits.length() < 4 ? null : Timestamps.pad(digits);
            return Optional.of(
                    new ArchiveUrl(url, ArchiveService.WAYBACK, timestamp, OriginalUrls.clean(snapshot.group(2))));
        }
        // /web/<original> without a timestamp: the TimeGate (latest capture), not a snapshot
        return Optional.of(new ArchiveUrl(url, ArchiveService.WAYBACK, null, OriginalUrls.clean(tail)));
    }

    private static ArchiveUrl archiveToday(String url, String rest) {
        Matcher longForm = TODAY_LONG.matcher(rest);
        if (longForm.matches()) {
            String timestamp = longForm.group(1).replaceAll("\\D", "");
            return new ArchiveUrl(url, ArchiveService.ARCHIVE_TODAY, timestamp, OriginalUrls.clean(longForm.group(2)));
        }
        Matcher named = TODAY_NAMED.matcher(rest);
        if (named.matches()) {
            return new ArchiveUrl(url, ArchiveService.ARCHIVE_TODAY, null, OriginalUrls.clean(named.group(1)));
        }
        // short form (archive.ph/x2vQs): neither date nor original can be known without fetching it
        return new ArchiveUrl(url, ArchiveService.ARCHIVE_TODAY, null, null);
    }

    private static ArchiveUrl wikiwix(String url, String rest) {
        Matcher cache = WIKIWIX_CACHE.matcher(rest);
        if (cache.matches()) {
            return new ArchiveUrl(url, ArchiveService.WIKIWIX, cache.group(1), OriginalUrls.clean(cache.group(2)));
        }
        return new ArchiveUrl(url, ArchiveService.WIKIWIX, null, urlParameter(rest, WIKIWIX_PARAM_ENDS));
    }

    /** pywb-style replay URLs, else id forms such as {@code perma.cc/ABCD-1234} with no timestamp. */
    private static ArchiveUrl replayOrId(String url, ArchiveService service, String rest) {
        Matcher replay = REPLAY_PATH.matcher(rest);
        if (replay.find()) {
            return new ArchiveUrl(url, service, timestamp(replay), OriginalUrls.clean(replay.group(3)));
        }
        return new ArchiveUrl(url, service, null, null);
    }

    /** 4 to 14 digits, padded; fewer digits or a {@code *} listing are not a snapshot's timestamp. */
    private static String timestamp(Matcher replay) {
        String digits = replay.group(1);
        if (replay.group(2) != null || digits.length() < 4) {
            return null;
        }
        return Timestamps.pad(digits);
    }

    /** The value of a {@code url=} query parameter, up to the first of {@code ends} found. */
    private static String urlParameter(String rest, List<String> ends) {
        Matcher param = URL_PARAM.matcher(rest);
        if (!param.find()) {
            return null;
        }
        String value = param.group(1);
        for (String end : ends) {
            int at = value.toLowerCase(Locale.ROOT).indexOf(end);
            if (at >= 0) {
                value = value.substring(0, at);
            }
        }
        return OriginalUrls.clean(value);
    }

    private static Pattern host(String regex) {
        return Pattern.compile(regex);
    }
}
