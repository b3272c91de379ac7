package org.citewatch.archive;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the archive lookups ({@code citewatch.archive.*}); the defaults equal
 * {@code config/application.yml}, which gives the reason for each.
 *
 * @param rate CDX requests per minute as text ({@code 24/min}); {@code --archive-rate} sets it. The
 *     CDX hard limit is 30/min per IP and the archive asks clients to run at 80% of it
 * @param availabilityRate Availability API rate (no published limit; it 429s quickly); each request
 *     asks about up to {@code availability-batch-size} URLs
 * @param replayRate replay ({@code /web/}) rate; 80% of the hard limit of about 600/min
 * @param mementoRate Memento aggregator rate
 * @param saveRate Save Page Now rate (3/min anonymous in the latest published limits)
 * @param cdxUrl CDX search endpoint
 * @param availabilityUrl Availability API endpoint
 * @param replayUrl replay prefix, ending in {@code /}; offered snapshots are built on it
 * @param mementoUrl Memento aggregator JSON API prefix ({@code .../api/json/}), ending in {@code /}
 * @param saveUrl Save Page Now prefix, ending in {@code /}
 * @param userAgent sent on every archive request; must name a contact (a URL or an e-mail address)
 * @param negativeCacheTtl how long "no capture" (and "excluded") answers are trusted before asking again
 * @param availabilityEnabled whether the batched Availability API is asked first; CDX is asked only
 *     where it left the answer open
 * @param availabilityBatchSize URLs per batched Availability POST
 * @param mementoEnabled whether the Memento aggregator is asked when the Wayback Machine has nothing
 * @param saveEnabled whether ALIVE links without any capture are sent to Save Page Now
 * @param pauseOn429 the shortest pause of all calls to an endpoint after a 429 (a longer Retry-After wins)
 * @param max429Pause how long 429s may persist before the endpoint is given up for the run
 * @param connectTimeout connect time-out of archive requests
 * @param readTimeout read time-out of archive requests (CDX can be slow)
 * @param maxReplayChecks candidate captures replayed per lookup before giving up
 * @param checkReplays whether a citation's Wayback link is replayed to detect bad captures
 * @param maxCdxBytes the longest CDX answer read
 * @param validateArchives which citations' Wayback links get a capture check: those whose link is dead
 *     or tagged dead (where the archive is what a reader gets), or all ({@code --validate-archives})
 * @param cdxBudget CDX requests one archive step may make: a count ({@code 100}), a time from the
 *     step's start ({@code 4m}) or {@code unlimited}; lookups that need CDX beyond it are deferred
 * @param lookupThreads lookups in flight at once (replays, database), each waiting on its endpoint's
 *     limiter; enough to keep the replay rate busy while CDX is slow
 * @param cdxThreads CDX lookups in flight at once; the CDX limiter sets their pace anyway
 */
@ConfigurationProperties("citewatch.archive")
public record ArchiveProperties(
        @DefaultValue("24/min") String rate,
        @DefaultValue("20/min") String availabilityRate,
        @DefaultValue("480/min") String replayRate,
        @DefaultValue("30/min") String mementoRate,
        @DefaultValue("3/min") String saveRate,

        @DefaultValue("https://web.archive.org/cdx/search/cdx")
        String cdxUrl,

        @DefaultValue("https://archive.org/wayback/available")
        String availabilityUrl,

        @DefaultValue("https://web.archive.org/web/") String replayUrl,

        @DefaultValue("https://memgator.cs.odu.edu/api/json/")
        String mementoUrl,

        @DefaultValue("https://web.archive.org/save/") String saveUrl,
        @DefaultValue(DEFAULT_USER_AGENT) String userAgent,
        @DefaultValue("24h") Duration negativeCacheTtl,
        @DefaultValue("true") boolean availabilityEnabled,
        @DefaultValue("100") int availabilityBatchSize,
        @DefaultValue("false") boolean mementoEnabled,
        @DefaultValue("false") boolean saveEnabled,
        @DefaultValue("60s") Duration pauseOn429,
        @DefaultValue("60s") Duration max429Pause,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("3") int maxReplayChecks,
        @DefaultValue("true") boolean checkReplays,
        @DefaultValue("16MB") DataSize maxCdxBytes,
        @DefaultValue("dead") ValidateArchives validateArchives,
        @DefaultValue("4m") String cdxBudget,
        @DefaultValue("16") int lookupThreads,
        @DefaultValue("2") int cdxThreads) {

    /** The shipped User-Agent; it names the project but no operator, so startup warns about it. */
    public static final String DEFAULT_USER_AGENT = "citewatch/0.1 (+https://github.com/citewatch/citewatch)";

    public ArchiveProperties {
        for (String text : new String[] {rate, availabilityRate, replayRate, mementoRate, saveRate}) {
            Rate.parse(text);
        }
        requireUrl("cdx-url", cdxUrl);
        requireUrl("availability-url", availabilityUrl);
        requirePrefix("replay-url", replayUrl);
        requirePrefix("memento-url", mementoUrl);
        requirePrefix("save-url", saveUrl);
        if (userAgent == null || !(userAgent.contains("http") || userAgent.contains("@"))) {
            throw new IllegalArgumentException(
                    "citewatch.archive.user-agent must name a contact (URL or e-mail): " + userAgent);
        }
        requirePositive("negative-cache-ttl", negativeCacheTtl);
        requirePositive("pause-on-429", pauseOn429);
        requirePositive("max-429-pause", max429Pause);
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("read-timeout", readTimeout);
        Objects.requireNonNull(maxCdxBytes, "max-cdx-bytes");
        if (availabilityBatchSize < 1 || maxReplayChecks < 1 || maxCdxBytes.toBytes() < 1) {
            throw new IllegalArgumentException(
                    "availability-batch-size, max-replay-checks and max-cdx-bytes must be positive");
        }
        Objects.requireNonNull(validateArchives, "validate-archives");
        CdxBudget.Limit.parse(cdxBudget);
        if (lookupThreads < 1 || cdxThreads < 1) {
            throw new IllegalArgumentException("lookup-threads and cdx-threads must be positive");
        }
    }

    private static void requireUrl(String name, String url) {
        if (url == null || HttpUrl.parse(url) == null) {
            throw new IllegalArgumentException("citewatch.archive." + name + " must be an http(s) URL: " + url);
        }
    }

    private static void requirePrefix(String name, String url) {
        requireUrl(name, url);
        if (!url.endsWith("/")) {
            throw new IllegalArgumentException("citewatch.archive." + name + " must end with /: " + url);
        }
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("citewatch.archive." + name + " must be positive: " + duration);
        }
    }
}
