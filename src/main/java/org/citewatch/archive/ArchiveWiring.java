package org.citewatch.archive;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Builds the archive side of a run from its settings: one limiter per endpoint, shared by every thread. */
final class ArchiveWiring {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWiring.class);

    private ArchiveWiring() {}

    static ArchiveAdvisor advisor(OkHttpClient shared, DataSource dataSource, ArchiveProperties settings, Clock clock) {
        if (ArchiveProperties.DEFAULT_USER_AGENT.equals(settings.userAgent())) {
            log.warn("citewatch.archive.user-agent names no operator; set it to include your contact, so that"
                    + " the Internet Archive can reach you instead of blocking you");
        }
        OkHttpClient client = shared.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .build();
        ArchiveHttp http = new ArchiveHttp(client, settings.userAgent());
        JsonMapper json = JsonMapper.builder().build();
        ArchiveCache cache = new ArchiveCache(dataSource);

        Map<String, EndpointLimiter> limiters = new ConcurrentHashMap<>();
        ArchiveEndpoint replay =
                endpoint("replay", settings.replayUrl(), settings.replayRate(), http, settings, limiters);
        ReplayChecker checker = new ReplayChecker(replay);
        VerifiedReplays replays = new VerifiedReplays(checker, cache, clock);
        CdxClient cdx = new CdxClient(
                endpoint("cdx", settings.cdxUrl(), settings.rate(), http, settings, limiters),
                new CdxParser(json),
                settings.maxCdxBytes().toBytes());
        Optional<AvailabilityClient> availability = Optional.empty();
        Optional<AvailabilityBatches> batches = Optional.empty();
        if (settings.availabilityEnabled()) {
            AvailabilityClient availabilityClient = new AvailabilityClient(
                    endpoint(
                            "availability",
                            settings.availabilityUrl(),
                            settings.availabilityRate(),
                            http,
                            settings,
                            limiters),
                    json);
            availability = Optional.of(availabilityClient);
            batches = Optional.of(new AvailabilityBatches(availabilityClient, settings.availabilityBatchSize()));
        }
        Optional<MementoFallback> memento = Optional.empty();
        if (settings.mementoEnabled()) {
            memento = Optional.of(new MementoFallback(
                    new MementoClient(
                            endpoint(
                                    "memento", settings.mementoUrl(), settings.mementoRate(), http, settings, limiters),
                            json),
                    replays));
        }
        SnapshotFinder finder = new SnapshotFinder(
                cdx,
                replays,
                cache,
                availability,
                memento,
                clock,
                settings.negativeCacheTtl(),
                settings.maxReplayChecks());
        ArchiveLinkValidator validator =
                new ArchiveLinkValidator(settings.checkReplays() ? Optional.of(replays) : Optional.empty(), clock);
        Optional<LiveArchiver> liveArchiver = Optional.empty();
        if (settings.saveEnabled()) {
            SavePageNowClient save = new SavePageNowClient(
                    endpoint("save", settings.saveUrl(), settings.saveRate(), http, settings, limiters));
            liveArchiver = Optional.of(new LiveArchiver(finder, save, replays, cache, clock));
        }
        ArchiveRound round = new ArchiveRound(
                validator,
                new CitedCaptures(replays, finder),
                finder,
                batches,
                settings.validateArchives(),
                new ArchiveRound.Workers(
                        pool("citewatch-availability-", 2),
                        pool("citewatch-archive-", settings.lookupThreads()),
                        pool("citewatch-cdx-", settings.cdxThreads())));
        return new WaybackArchiveAdvisor(
                validator,
                finder,
                liveArchiver,
                round,
                new CaptureReader(replay, checker),
                CdxBudget.Limit.parse(settings.cdxBudget()),
                () -> usage(limiters));
    }

    private static ArchiveUsage usage(Map<String, EndpointLimiter> limiters) {
        Map<String, EndpointUsage> byEndpoint = new TreeMap<>();
        limiters.forEach((name, limiter) -> byEndpoint.put(name, limiter.usage()));
        return new ArchiveUsage(byEndpoint);
    }

    /**
     * Workers of one endpoint kind; daemon threads that end when idle, so an application context
     * that is closed (or never used for an audit) keeps none.
     */
    private static ExecutorService pool(String prefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** An endpoint with its own limiter: one per endpoint per run, shared by every thread. */
    private static ArchiveEndpoint endpoint(
            String name,
            String baseUrl,
            String rate,
            ArchiveHttp http,
            ArchiveProperties settings,
            Map<String, EndpointLimiter> limiters) {
        EndpointLimiter limiter =
                new EndpointLimiter(name, Rate.parse(rate), settings.pauseOn429(), settings.max429Pause());
        limiters.put(name, limiter);
        return new ArchiveEndpoint(HttpUrl.get(baseUrl), http, limiter);
    }
}
